// Tokenizes resolutions with the TextMate engine VS Code itself uses (vscode-textmate + Oniguruma) and checks the
// scopes that themes colour: heading fields, authoring line, openers, numbers, verbs, labels, footnotes, suppressions.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { before, describe, it } from "node:test";
import * as oniguruma from "vscode-oniguruma";
import * as textmate from "vscode-textmate";

const extensionDir = resolve(__dirname, "..", "..");
const seedDraft = join(extensionDir, "..", "examples", "A_HRC_58_L27_Rev1-draft.txt");

const CANONICAL = `---
symbol: A/HRC/58/L.27/Rev.1
organ: Human Rights Council
---

*The Human Rights Council*,

*Recalling* General Assembly resolution 53/144 of 9 December 1998,[^1]

*Recalling also* its resolution 22/6, in which the Council, recalling earlier texts, acted,

1. *Stresses* that the right of everyone to promote human rights is essential;

<!-- resolint-disable-next-line RT401 RT402 -->
2. *Calls upon* States:

   (a) To promote a safe and enabling environment;

   (ii) To refrain from reprisals;

3. Decides to remain seized of the matter.

[^1]: A/HRC/58/53 and Add.1 and 2.
`;

interface Token {
  text: string;
  scopes: string[];
}

let grammar: textmate.IGrammar;

async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = readFileSync(join(extensionDir, "node_modules", "vscode-oniguruma", "release", "onig.wasm"));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName !== "text.resolution") return null;
      const file = join(extensionDir, "syntaxes", "resolution.tmLanguage.json");
      return textmate.parseRawGrammar(readFileSync(file, "utf8"), file);
    },
  });
  const loaded = await registry.loadGrammar("text.resolution");
  assert.ok(loaded, "the grammar did not load");
  return loaded;
}

function tokenize(text: string): Token[][] {
  let stack = textmate.INITIAL;
  return text.split("\n").map((line) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The scopes of the token under the first character of `text` (on the first line that also has `lineContaining`). */
function scopesOf(lines: Token[][], text: string, lineContaining?: string): string[] {
  for (const tokens of lines) {
    const line = tokens.map((t) => t.text).join("");
    if (lineContaining && !line.includes(lineContaining)) continue;
    const index = line.indexOf(text);
    if (index < 0) continue;
    let start = 0;
    for (const token of tokens) {
      if (index < start + token.text.length) return token.scopes;
      start += token.text.length;
    }
  }
  assert.fail(`no token at ${JSON.stringify(text)}`);
}

function hasScope(scopes: string[], prefix: string): boolean {
  return scopes.some((scope) => scope.split(" ").some((part) => part.startsWith(prefix)));
}

describe("TextMate grammar on the canonical .res.md form", () => {
  let lines: Token[][];
  before(async () => {
    grammar = await loadGrammar();
    lines = tokenize(CANONICAL);
  });

  it("marks the heading front matter fields", () => {
    assert.ok(hasScope(scopesOf(lines, "symbol"), "entity.name.tag.heading-field"));
    assert.ok(hasScope(scopesOf(lines, "A/HRC/58/L.27/Rev.1", "symbol:"), "string.unquoted.heading-value"));
  });

  it("marks the authoring line", () => {
    assert.ok(hasScope(scopesOf(lines, "The Human Rights Council"), "entity.name.section.authoring"));
  });

  it("marks preambular openers, including repeated forms, but not the same word mid-sentence", () => {
    assert.ok(hasScope(scopesOf(lines, "Recalling", "53/144"), "keyword.other.preambular-opener"));
    assert.ok(hasScope(scopesOf(lines, "Recalling also"), "keyword.other.preambular-opener"));
    const midSentence = scopesOf(lines, "recalling earlier");
    assert.ok(!hasScope(midSentence, "keyword.other.preambular-opener"));
  });

  it("marks operative numbers and verbs, italic or not", () => {
    assert.ok(hasScope(scopesOf(lines, "1", "Stresses"), "constant.numeric.paragraph-number"));
    assert.ok(hasScope(scopesOf(lines, "Stresses"), "keyword.other.operative-verb"));
    assert.ok(hasScope(scopesOf(lines, "Calls upon"), "keyword.other.operative-verb"));
    assert.ok(hasScope(scopesOf(lines, "Decides"), "keyword.other.operative-verb"));
  });

  it("marks sub-paragraph labels at both levels", () => {
    assert.ok(hasScope(scopesOf(lines, "a", "(a)"), "constant.other.subparagraph-label"));
    assert.ok(hasScope(scopesOf(lines, "ii", "(ii)"), "constant.other.subparagraph-label"));
  });

  it("marks footnote markers and definitions", () => {
    assert.ok(hasScope(scopesOf(lines, "1]", "1998,[^1]"), "constant.other.footnote-marker"));
    const definition = scopesOf(lines, "1]:", "[^1]: A/HRC");
    assert.ok(hasScope(definition, "meta.footnote.definition"));
    assert.ok(hasScope(definition, "entity.name.label.footnote"));
  });

  it("marks suppression comments and their rule codes", () => {
    assert.ok(hasScope(scopesOf(lines, "resolint-disable-next-line"), "keyword.control.suppression"));
    assert.ok(hasScope(scopesOf(lines, "RT402"), "constant.language.rule-code"));
  });

  it("marks document symbols and resolution references in the text", () => {
    assert.ok(hasScope(scopesOf(lines, "resolution 53/144"), "constant.other.resolution-reference"));
    assert.ok(hasScope(scopesOf(lines, "A/HRC/58/53", "[^1]:"), "constant.other.document-symbol"));
  });
});

describe("TextMate grammar on the pasted seed draft", () => {
  let lines: Token[][];
  let text: string;
  before(async () => {
    grammar ??= await loadGrammar();
    text = readFileSync(seedDraft, "utf8");
    const started = process.hrtime.bigint();
    lines = tokenize(text);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    console.log(`tokenized the seed draft (${lines.length} lines, ${text.length} characters) in ${ms.toFixed(1)} ms`);
  });

  it("finds the openers of pasted text without italics", () => {
    assert.ok(hasScope(scopesOf(lines, "Guided"), "keyword.other.preambular-opener"));
    assert.ok(hasScope(scopesOf(lines, "Reaffirming"), "keyword.other.preambular-opener"));
  });

  it("finds every numbered operative paragraph", () => {
    const numbered = lines.filter((tokens) => tokens.some((t) => hasScope(t.scopes, "constant.numeric.paragraph-number")));
    const expected = text.split("\n").filter((line) => /^\s*(?:[-•]\s+)?\d+\.\s/.test(line));
    assert.ok(expected.length >= 10, "the seed draft should have numbered paragraphs");
    assert.equal(numbered.length, expected.length);
  });

  it("finds the pasted footnote text of the asterisk note", () => {
    const label = scopesOf(lines, "*", "^{*} State not a member");
    assert.ok(hasScope(label, "meta.footnote.definition"));
    assert.ok(hasScope(label, "entity.name.label.footnote"));
  });
});

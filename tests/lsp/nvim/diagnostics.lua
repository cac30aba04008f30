-- Headless Neovim as an LSP client: open a file, attach `python -m resolint.langserver`, wait for the
-- diagnostics, ask for the document symbols, and write both as JSON to $RESOLINT_OUT.
local python = os.getenv("RESOLINT_PYTHON")
local out_path = os.getenv("RESOLINT_OUT")
local buf = vim.api.nvim_get_current_buf()
vim.bo[buf].filetype = "resolution"
local root = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(buf), ":p:h")

local client_id = vim.lsp.start({
  name = "resolint",
  cmd = { python, "-m", "resolint.langserver" },
  root_dir = root,
}, { bufnr = buf })

local result = { client = client_id ~= nil, diagnostics = {}, symbols = {} }
local got = vim.wait(60000, function()
  return #vim.diagnostic.get(buf) > 0
end, 20)
result.waited = got

for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(result.diagnostics, {
    lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
    code = d.code, severity = d.severity, message = d.message, source = d.source,
  })
end

local client = vim.lsp.get_client_by_id(client_id)
local answer = client:request_sync("textDocument/documentSymbol",
  { textDocument = vim.lsp.util.make_text_document_params(buf) }, 20000, buf)
if answer and answer.result then
  for _, symbol in ipairs(answer.result) do
    table.insert(result.symbols, symbol.name)
  end
end

vim.fn.writefile({ vim.json.encode(result) }, out_path)
client:stop()
vim.wait(2000, function() return client:is_stopped() end, 20)
vim.cmd("qa!")

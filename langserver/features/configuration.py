"""Configuration: the client's ``resolint`` settings and the workspace files, re-read when they change."""

from __future__ import annotations

import logging
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from lsprotocol import types

from ..settings import CONFIG_FILE_NAMES, ClientSettings

if TYPE_CHECKING:
    from ..server import ResolintServer

logger = logging.getLogger("resolint.langserver")
SECTION = "resolint"


def _client_can(server: ResolintServer, dotted: str) -> bool:
    value: Any = server.client_capabilities
    for name in dotted.split("."):
        value = getattr(value, name, None)
        if value is None:
            return False
    return bool(value)


async def pull_client_settings(server: ResolintServer) -> None:
    if not _client_can(server, "workspace.configuration"):
        return
    try:
        answer = await server.workspace_configuration_async(
            types.ConfigurationParams(items=[types.ConfigurationItem(section=SECTION)])
        )
    except Exception as error:
        logger.warning("workspace/configuration failed: %s", error)
        return
    if answer and isinstance(answer[0], dict) and answer[0]:  # nothing set: keep initializationOptions
        server.settings.set_client(ClientSettings.from_json(answer[0]))


async def watch_config_files(server: ResolintServer) -> None:
    if not _client_can(server, "workspace.did_change_watched_files.dynamic_registration"):
        return
    watchers = [types.FileSystemWatcher(glob_pattern=f"**/{name}") for name in CONFIG_FILE_NAMES]
    registration = types.Registration(
        id="resolint-config-files",
        method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
        register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers),
    )
    try:
        await server.client_register_capability_async(types.RegistrationParams(registrations=[registration]))
    except Exception as error:
        logger.warning("could not register file watchers: %s", error)


def setup(server: ResolintServer) -> None:
    def initialize(params: types.InitializeParams) -> None:
        if params.initialization_options is not None:
            server.settings.set_client(ClientSettings.from_json(params.initialization_options))

    async def initialized(params: types.InitializedParams) -> None:
        await pull_client_settings(server)
        server.relint_all()
        await watch_config_files(server)

    async def did_change_configuration(params: types.DidChangeConfigurationParams) -> None:
        pushed = params.settings
        if isinstance(pushed, dict) and isinstance(pushed.get(SECTION), dict):
            server.settings.set_client(ClientSettings.from_json(pushed[SECTION]))
        else:
            await pull_client_settings(server)
        server.relint_all()

    def did_change_watched_files(params: types.DidChangeWatchedFilesParams) -> None:
        if any(PurePosixPath(change.uri).name in CONFIG_FILE_NAMES for change in params.changes):
            server.settings.invalidate()
            server.relint_all()

    server.provide(types.INITIALIZE, initialize)
    server.provide(types.INITIALIZED, initialized)
    server.provide(types.WORKSPACE_DID_CHANGE_CONFIGURATION, did_change_configuration)
    server.provide(types.WORKSPACE_DID_CHANGE_WATCHED_FILES, did_change_watched_files)

"""Decisions the spec does not state, kept as data in one place.

Each table is checked against the specs when generating: an entry naming an
operation that does not exist is an error, so the tables cannot go stale.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "BINARY_BODIES",
    "METHOD_RENAMES",
    "PARAM_NOTES",
    "RESPONSE_KINDS",
    "STREAM_ITEM_MODELS",
    "SUMMARIES",
    "TAG_GROUPS",
]

TAG_GROUPS: Final = {
    "Container": "containers",
    "Image": "images",
    "Network": "networks",
    "Volume": "volumes",
    "Exec": "exec",
    "System": "system",
    "Swarm": "swarm",
    "Node": "nodes",
    "Service": "services",
    "Task": "tasks",
    "Secret": "secrets",
    "Config": "configs",
    "Plugin": "plugins",
    "Distribution": "distribution",
    "Session": "session",
}
"""The spec's tag → the client attribute of the group."""

METHOD_RENAMES: Final[dict[str, tuple[str | None, str, str]]] = {
    # operationId: (group, or None for the tag's group; method; why)
    "ContainerDelete": (None, "remove", "every *Delete is remove"),
    "ImageDelete": (None, "remove", "every *Delete is remove"),
    "NetworkDelete": (None, "remove", "every *Delete is remove"),
    "VolumeDelete": (None, "remove", "every *Delete is remove"),
    "PluginDelete": (None, "remove", "every *Delete is remove"),
    "NodeDelete": (None, "remove", "every *Delete is remove"),
    "ServiceDelete": (None, "remove", "every *Delete is remove"),
    "SecretDelete": (None, "remove", "every *Delete is remove"),
    "ConfigDelete": (None, "remove", "every *Delete is remove"),
    "ContainerArchive": (None, "get_archive", "pairs with put_archive"),
    "PutContainerArchive": (None, "put_archive", "the noun is not a prefix"),
    "ContainerArchiveInfo": (None, "archive_info", "HEAD of the archive path"),
    "ContainerExec": ("exec", "create", "creates an exec instance"),
    "ImageGet": (None, "save", "exports images as a tar, like docker save"),
    "ImageGetAll": (None, "save_all", "several images as one tar"),
    "ImageCreate": (None, "create", "pull and import_ helpers wrap it"),
    "ImageBuild": (None, "build_from_tar", "build(path=...) streams a directory"),
    "ImagePush": (None, "push_stream", "push(...) waits, like pull and pull_stream"),
    "BuildPrune": ("images", "prune_builds", "build cache lives with images"),
    "GetPluginPrivileges": (None, "privileges", "the noun is not a prefix"),
    "SwarmUnlockkey": (None, "unlock_key", "two words"),
    "SystemDataUsage": (None, "df", "the name users know from docker system df"),
    "SystemPingHead": (None, "ping_head", "HEAD variant of ping"),
    "Session": ("session", "start", "the operationId is only the noun"),
}
"""Method names that differ from "operationId without its noun, snake_case"."""

RESPONSE_KINDS: Final = {
    # newline-delimited JSON objects (progress, events, stats)
    "ImageCreate": "json_stream",
    "ImagePush": "json_stream",
    "ImageBuild": "json_stream",
    "ImageLoad": "json_stream",
    "PluginPull": "json_stream",
    "PluginUpgrade": "json_stream",
    "PluginPush": "json_stream",
    "SystemEvents": "json_stream",
    "ContainerStats": "json_stream",
    # stdcopy-multiplexed or raw tty output
    "ContainerLogs": "frames",
    "ServiceLogs": "frames",
    "TaskLogs": "frames",
    # connection upgrades
    "ContainerAttach": "upgrade",
    "ContainerAttachWebsocket": "upgrade",
    "ExecStart": "upgrade",
    "Session": "upgrade",
    # byte streams (tar archives)
    "ContainerExport": "binary",
    "ContainerArchive": "binary",
    "ImageGet": "binary",
    "ImageGetAll": "binary",
    # short text bodies
    "SystemPing": "text",
    # the body of these is empty or not worth reading
    "SystemPingHead": "empty",
    "ContainerArchiveInfo": "empty",
    "ContainerResize": "empty",
    "ExecResize": "empty",
}
"""Response kinds that the default rule (a success schema → ``json``,
otherwise ``empty``) does not give."""

STREAM_ITEM_MODELS: Final[dict[str, str | None]] = {
    "ImageCreate": "CreateImageInfo",
    "ImagePush": "PushImageInfo",
    "ImageBuild": "BuildInfo",
    "ImageLoad": "BuildInfo",
    "PluginPull": None,
    "PluginUpgrade": None,
    "PluginPush": None,
    "SystemEvents": "EventMessage",
    "ContainerStats": "ContainerStatsResponse",
}
"""The model of each item of a JSON stream (``None``: plain JSON objects)."""

BINARY_BODIES: Final = frozenset(
    {"PutContainerArchive", "ImageLoad", "ImageBuild", "ImageCreate", "PluginCreate"}
)
"""Operations whose request body is bytes (a tar archive or an image)."""

SUMMARIES: Final = {
    "ContainerList": "List containers.",
    "ContainerCreate": "Create a container.",
    "ContainerInspect": "Inspect a container.",
    "ContainerTop": "List the processes running in a container.",
    "ContainerLogs": "Read a container's logs.",
    "ContainerChanges": "List the filesystem changes of a container.",
    "ContainerExport": "Export a container's filesystem as a tar archive.",
    "ContainerStats": "Read a container's resource usage statistics.",
    "ContainerResize": "Resize a container's TTY.",
    "ContainerStart": "Start a container.",
    "ContainerStop": "Stop a container.",
    "ContainerRestart": "Restart a container.",
    "ContainerKill": "Send a signal to a container.",
    "ContainerUpdate": "Change a container's resources and restart policy.",
    "ContainerRename": "Rename a container.",
    "ContainerPause": "Pause the processes of a container.",
    "ContainerUnpause": "Resume the processes of a paused container.",
    "ContainerAttach": "Attach to a container's standard streams.",
    "ContainerAttachWebsocket": "Attach to a container over a websocket.",
    "ContainerWait": "Wait for a container to reach a condition.",
    "ContainerDelete": "Remove a container.",
    "ContainerArchiveInfo": "Stat a path inside a container.",
    "ContainerArchive": "Read a path of a container as a tar archive.",
    "PutContainerArchive": "Extract a tar archive into a container's path.",
    "ContainerPrune": "Remove stopped containers.",
    "ImageList": "List images.",
    "ImageBuild": "Build an image from a tar build context.",
    "BuildPrune": "Remove build cache.",
    "ImageCreate": "Pull an image or import one from a tar archive.",
    "ImageInspect": "Inspect an image.",
    "ImageAttestations": "List the attestations of an image.",
    "ImageHistory": "List the layers history of an image.",
    "ImagePush": "Push an image to a registry.",
    "ImageTag": "Tag an image.",
    "ImageDelete": "Remove an image.",
    "ImageSearch": "Search a registry for images.",
    "ImagePrune": "Remove unused images.",
    "SystemAuth": "Check registry credentials.",
    "SystemInfo": "Read system-wide information.",
    "SystemVersion": "Read the daemon's version information.",
    "SystemPing": "Check that the daemon answers.",
    "SystemPingHead": "Check that the daemon answers, headers only.",
    "ImageCommit": "Create an image from a container.",
    "SystemEvents": "Follow the daemon's events.",
    "SystemDataUsage": "Read disk usage.",
    "ImageGet": "Export an image as a tar archive.",
    "ImageGetAll": "Export several images as one tar archive.",
    "ImageLoad": "Load images from a tar archive.",
    "ContainerExec": "Create an exec instance in a container.",
    "ExecStart": "Start an exec instance.",
    "ExecResize": "Resize an exec instance's TTY.",
    "ExecInspect": "Inspect an exec instance.",
    "VolumeList": "List volumes.",
    "VolumeCreate": "Create a volume.",
    "VolumeInspect": "Inspect a volume.",
    "VolumeUpdate": "Update a cluster volume.",
    "VolumeDelete": "Remove a volume.",
    "VolumePrune": "Remove unused volumes.",
    "NetworkList": "List networks.",
    "NetworkInspect": "Inspect a network.",
    "NetworkDelete": "Remove a network.",
    "NetworkCreate": "Create a network.",
    "NetworkConnect": "Connect a container to a network.",
    "NetworkDisconnect": "Disconnect a container from a network.",
    "NetworkPrune": "Remove unused networks.",
    "PluginList": "List plugins.",
    "GetPluginPrivileges": "List the privileges a plugin asks for.",
    "PluginPull": "Install a plugin.",
    "PluginInspect": "Inspect a plugin.",
    "PluginDelete": "Remove a plugin.",
    "PluginEnable": "Enable a plugin.",
    "PluginDisable": "Disable a plugin.",
    "PluginUpgrade": "Upgrade a plugin.",
    "PluginCreate": "Create a plugin from a tar archive.",
    "PluginPush": "Push a plugin to a registry.",
    "PluginSet": "Configure a plugin.",
    "NodeList": "List swarm nodes.",
    "NodeInspect": "Inspect a swarm node.",
    "NodeDelete": "Remove a swarm node.",
    "NodeUpdate": "Update a swarm node.",
    "SwarmInspect": "Inspect the swarm.",
    "SwarmInit": "Create a new swarm.",
    "SwarmJoin": "Join an existing swarm.",
    "SwarmLeave": "Leave the swarm.",
    "SwarmUpdate": "Update the swarm.",
    "SwarmUnlockkey": "Read the swarm's unlock key.",
    "SwarmUnlock": "Unlock a locked swarm manager.",
    "ServiceList": "List services.",
    "ServiceCreate": "Create a service.",
    "ServiceInspect": "Inspect a service.",
    "ServiceDelete": "Remove a service.",
    "ServiceUpdate": "Update a service.",
    "ServiceLogs": "Read a service's logs.",
    "TaskList": "List tasks.",
    "TaskInspect": "Inspect a task.",
    "TaskLogs": "Read a task's logs.",
    "SecretList": "List secrets.",
    "SecretCreate": "Create a secret.",
    "SecretInspect": "Inspect a secret.",
    "SecretDelete": "Remove a secret.",
    "SecretUpdate": "Update a secret.",
    "ConfigList": "List configs.",
    "ConfigCreate": "Create a config.",
    "ConfigInspect": "Inspect a config.",
    "ConfigDelete": "Remove a config.",
    "ConfigUpdate": "Update a config.",
    "DistributionInspect": "Read an image's registry descriptor and platforms.",
    "Session": "Open an interactive session for BuildKit.",
}
"""One line per operation, in the SDK's own words, for generated docstrings."""

PARAM_NOTES: Final[dict[tuple[str, str], str]] = {
    ("ContainerList", "all"): "also list stopped containers",
    ("ContainerList", "limit"): "at most this many, the newest first",
    ("ContainerList", "size"): "also report the sizes (slower)",
    ("ContainerList", "filters"): (
        "which containers, a mapping such as ``{'label': ['a=b']}``"
    ),
    ("ContainerCreate", "name"): "the new container's name; left out, the "
    "daemon picks one",
    ("ContainerInspect", "size"): "also report the sizes (slower)",
    ("ContainerStop", "t"): "seconds to wait for the container to exit before "
    "it is killed",
    ("ContainerStop", "signal"): "the signal asking it to stop (``SIGTERM`` "
    "or the image's stop signal when left out)",
    ("ContainerRestart", "t"): "seconds to wait for the container to exit "
    "before it is killed and started again",
    ("ContainerRestart", "signal"): "the signal asking it to stop",
    ("ContainerKill", "signal"): "the signal, by name or number (``SIGKILL`` "
    "when left out)",
    ("ContainerWait", "condition"): (
        "what to wait for: ``not-running`` (the default), ``next-exit`` or ``removed``"
    ),
    ("ContainerDelete", "v"): "also remove the container's anonymous volumes",
    ("ContainerDelete", "force"): "kill a running container first",
    ("ContainerDelete", "link"): "remove the link ``id`` instead of a container",
    ("ContainerStats", "stream"): "keep sending samples (``False``: one sample)",
    ("ContainerTop", "ps_args"): "arguments for ``ps`` inside the container, "
    "such as ``aux``",
    ("ContainerArchive", "path"): "the file or directory in the container",
    ("PutContainerArchive", "path"): (
        "an existing directory in the container to unpack the archive into"
    ),
    ("ImageList", "all"): "also list intermediate images",
    ("ImageDelete", "force"): "remove it even when containers use it or "
    "several tags name it",
    ("ImageDelete", "noprune"): "keep untagged parent images",
    ("ImageCreate", "fromImage"): "the image to pull, ``name`` or ``name:tag``",
    ("ImageCreate", "fromSrc"): "``-`` to import the request body as a root "
    "filesystem tar, or a URL",
    ("VolumeDelete", "force"): "remove it even when it is in use",
    ("SystemEvents", "since"): "events from this UNIX time on (seconds)",
    ("SystemEvents", "until"): "events up to this UNIX time, then the stream ends",
}
"""(operationId, wire parameter name) → what the parameter does, in the SDK's
own words, for the most used parameters of generated methods."""

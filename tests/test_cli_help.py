"""Every command documents itself with a runnable example, and its help renders."""

import typer

from qda.cli.main import app


def leaf_commands(command, prefix, context):
    if hasattr(command, "list_commands"):
        for name in command.list_commands(context):
            sub = command.get_command(context, name)
            yield from leaf_commands(sub, prefix + [name], sub.context_class(sub, parent=context))
    else:
        yield prefix, command


def test_every_command_has_an_example_and_help(runner):
    root = typer.main.get_command(app)
    commands = list(leaf_commands(root, [], root.context_class(root)))
    assert len(commands) >= 40
    assert [" ".join(path) for path, command in commands if "Example: qda " not in (command.help or "")] == []
    for path, _ in commands:
        result = runner.invoke(app, [*path, "--help"])
        assert result.exit_code == 0 and "Usage:" in result.output, path


def test_root_help_summaries_match_each_commands_help():
    """The root help lists commands without importing them; its lines must not drift."""
    from qda.cli.main import COMMANDS

    root = typer.main.get_command(app)
    context = root.context_class(root)
    for name, (_, summary) in COMMANDS.items():
        command = root.get_command(context, name)
        assert " ".join((command.help or "").split("\n\n")[0].split()) == summary, name
    assert set(root.commands) == set(COMMANDS)


def test_every_registered_command_is_in_the_lazy_registry():
    """A command a module registers but COMMANDS does not name would be unreachable."""
    import importlib
    import pkgutil

    import qda.cli
    from qda.cli.main import COMMANDS, _module_commands

    registered = {}
    for module in pkgutil.iter_modules(qda.cli.__path__):
        name = f"qda.cli.{module.name}"
        if hasattr(importlib.import_module(name), "register"):
            registered.update({command: name for command in _module_commands(name)})
    assert registered == {command: module for command, (module, _) in COMMANDS.items()}

"""The coding workbench: a full-screen Textual app and a plain Rich prompt, both driving
:class:`qda.coding.session.CodingSession`."""

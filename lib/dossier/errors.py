"""The one exception type the command line turns into a one-line error and exit code 2."""


class DossierError(Exception):
    """A problem with the user's input, stated in one line that names the file."""

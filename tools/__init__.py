"""Development tools that are not part of the qda package."""

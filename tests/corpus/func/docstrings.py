# docstrings are allowed everywhere a body starts
def f():
    """A docstring."""
    return 1
def g():
    'single quoted docstring'
class C:
    """Class docstring."""
    def m(self):
        """Method docstring."""
        return "m"
print(f(), g(), C().m())
def only_doc():
    """nothing else"""
print(only_doc())

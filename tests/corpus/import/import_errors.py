# importing a missing module or name raises ImportError
try:
    import no_such_module_for_mpjs_tests
except ImportError:
    print("ImportError: missing module")
try:
    from sys import no_such_attribute_here
except ImportError:
    print("ImportError: missing name")
try:
    from no_such_package_either import thing
except ImportError:
    print("ImportError: from missing module")
print("still running")

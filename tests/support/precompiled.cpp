// The source from which the tests' precompiled headers are built (tests/CMakeLists.txt).

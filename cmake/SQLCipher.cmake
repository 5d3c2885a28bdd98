# SQLCipher 4.14.0 (SQLite 3.51.3) from the pinned amalgamation fetched by scripts/fetch-third-party.sh.
# Built once per build tree as a static library and linked into every executable, so no process can
# silently bind to a plain libsqlite3.
set(ZS_SQLCIPHER_DIR "${CMAKE_SOURCE_DIR}/.deps/sqlcipher-amalgamation" CACHE PATH "SQLCipher amalgamation")
if(NOT EXISTS "${ZS_SQLCIPHER_DIR}/sqlite3.c")
    message(FATAL_ERROR "SQLCipher amalgamation missing in ${ZS_SQLCIPHER_DIR}: run scripts/fetch-third-party.sh (make deps)")
endif()
find_package(OpenSSL 3 REQUIRED COMPONENTS Crypto)
find_package(Threads REQUIRED)

add_library(zs_sqlcipher STATIC "${ZS_SQLCIPHER_DIR}/sqlite3.c")
target_include_directories(zs_sqlcipher SYSTEM PUBLIC "${ZS_SQLCIPHER_DIR}")
target_compile_definitions(zs_sqlcipher
    PUBLIC SQLITE_HAS_CODEC SQLITE_TEMP_STORE=2 SQLITE_OMIT_LOAD_EXTENSION
    PRIVATE SQLCIPHER_CRYPTO_OPENSSL SQLITE_EXTRA_INIT=sqlcipher_extra_init
            SQLITE_EXTRA_SHUTDOWN=sqlcipher_extra_shutdown HAVE_STDINT_H=1 SQLITE_ENABLE_FTS5
            SQLITE_SECURE_DELETE SQLITE_THREADSAFE=1 SQLITE_DQS=0 SQLITE_DEFAULT_FOREIGN_KEYS=1
            SQLITE_DEFAULT_FILE_PERMISSIONS=0600)
# Optimised even in debug builds: it is third-party code and the tests lean on it.
target_compile_options(zs_sqlcipher PRIVATE -O2 -w)
set_target_properties(zs_sqlcipher PROPERTIES POSITION_INDEPENDENT_CODE ON)
target_link_libraries(zs_sqlcipher PUBLIC OpenSSL::Crypto Threads::Threads ${CMAKE_DL_LIBS} m)

es_add_test(test_sqlite_db SOURCES test_sqlite_db.cpp LIBS editscope_storage LABELS unit)

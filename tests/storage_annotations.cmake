# Notes on steps in the run file (storage/run_store_annotations.cpp, schema 2): the migration from
# schema 1, editing, the CLI's annotations.csv; and the workbench's AnnotationList on the same files.
es_add_test(test_annotations SOURCES test_annotations.cpp LIBS editscope_storage LABELS unit)
es_add_test(test_annotation_list SOURCES test_annotation_list.cpp LIBS editscope_widgets LABELS gui)

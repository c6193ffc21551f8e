# The retention map (widgets/retention_map.h) on the gui_run fixture: cells against
# RunStore::retentionMatrix, histogram against RunStore::forgetting, row clicks, exports.
es_add_test(test_retention_map SOURCES test_retention_map.cpp LIBS editscope_widgets LABELS gui
            ENV "${EDITSCOPE_GUI_TEST_ENV}" QT_KEYWORDS)
set_tests_properties(test_retention_map PROPERTIES FIXTURES_REQUIRED gui_run)

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>PaperFigures</name>
    <message>
        <location filename="../widgets/paper_figures.cpp" line="17"/>
        <source>%1: could not write the file: %2</source>
        <translation>%1: Die Datei konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures.cpp" line="39"/>
        <source>unknown format &quot;%1&quot; (png, pdf, svg or tex)</source>
        <translation>unbekanntes Format „%1“ (png, pdf, svg oder tex)</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures.cpp" line="44"/>
        <source>no format chosen (png, pdf, svg or tex)</source>
        <translation>kein Format gewählt (png, pdf, svg oder tex)</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures.cpp" line="46"/>
        <location filename="../widgets/paper_figures_plot.cpp" line="238"/>
        <source>DPI %1 is outside 24..1200</source>
        <translation>DPI %1 liegt außerhalb von 24..1200</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures.cpp" line="48"/>
        <source>no folder chosen</source>
        <translation>kein Ordner gewählt</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures.cpp" line="51"/>
        <source>%1: could not create the folder</source>
        <translation>%1: Der Ordner konnte nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures.cpp" line="66"/>
        <source>these runs have no data to draw yet</source>
        <translation>diese Läufe haben noch keine darstellbaren Daten</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="45"/>
        <source>Number of edits</source>
        <translation>Anzahl der Edits</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="144"/>
        <source>‖W − W₀‖ (Frobenius)</source>
        <translation>‖W − W₀‖ (Frobenius)</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="160"/>
        <source>%1, layer %2</source>
        <translation>%1, Schicht %2</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="186"/>
        <source>Earlier edits retained (%)</source>
        <translation>Erhaltene frühere Edits (%)</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="217"/>
        <source>Efficacy of the edit just made</source>
        <translation>Wirksamkeit des gerade ausgeführten Edits</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="219"/>
        <source>Paraphrase (generalisation)</source>
        <translation>Paraphrase (Generalisierung)</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="221"/>
        <source>Neighborhood (specificity)</source>
        <translation>Nachbarschaft (Spezifität)</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="223"/>
        <source>Downstream accuracy per task</source>
        <translation>Genauigkeit je nachgelagerter Aufgabe</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="225"/>
        <source>Downstream F1 per task</source>
        <translation>F1 je nachgelagerter Aufgabe</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="227"/>
        <source>Norm growth of the edited layers</source>
        <translation>Normwachstum der bearbeiteten Schichten</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="229"/>
        <source>Retention of earlier edits</source>
        <translation>Erhalt früherer Edits</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="242"/>
        <source>no runs to draw</source>
        <translation>keine Läufe zum Darstellen</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="264"/>
        <source>%1, run %2: %3</source>
        <translation>%1, Lauf %2: %3</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="269"/>
        <source>Efficacy score (×100)</source>
        <translation>Wirksamkeits-Score (×100)</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="271"/>
        <source>Paraphrase score (×100)</source>
        <translation>Paraphrasen-Score (×100)</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="274"/>
        <source>Neighborhood score (×100)</source>
        <translation>Nachbarschafts-Score (×100)</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="277"/>
        <source>Accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="279"/>
        <source>F1 (×100)</source>
        <translation>F1 (×100)</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_plot.cpp" line="236"/>
        <source>unknown figure format &quot;%1&quot; (png, pdf or svg)</source>
        <translation>unbekanntes Abbildungsformat „%1“ (png, pdf oder svg)</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_plot.cpp" line="240"/>
        <source>%1: the folder does not exist</source>
        <translation>%1: Der Ordner existiert nicht</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_plot.cpp" line="257"/>
        <source>EditScope paper figure: %1</source>
        <translation>EditScope-Paper-Abbildung: %1</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_plot.cpp" line="267"/>
        <source>%1: could not write the %2 file</source>
        <translation>%1: Die %2-Datei konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui/main.cpp" line="54"/>
        <location filename="../app/gui/main.cpp" line="87"/>
        <source>the file holds no run</source>
        <translation>die Datei enthält keinen Lauf</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="62"/>
        <source>--format: unknown format &apos;%1&apos; (png, pdf, svg)</source>
        <translation>--format: unbekanntes Format &apos;%1&apos; (png, pdf, svg)</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="95"/>
        <source>--runs: &apos;%1&apos; is not a run id</source>
        <translation>--runs: &apos;%1&apos; ist keine Lauf-ID</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="104"/>
        <source>--runs: %1</source>
        <translation>--runs: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="162"/>
        <source>Workbench for sequential knowledge editing</source>
        <translation>Werkbank für sequenzielle Wissensbearbeitung</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="165"/>
        <source>a run file (.db) to open</source>
        <translation>zu öffnende Laufdatei (.db)</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="167"/>
        <source>the demo world folder (default: $EDITSCOPE_DEMO_WORLD or the user data folder)</source>
        <translation>Ordner der Demo-Welt (Standard: $EDITSCOPE_DEMO_WORLD oder der Benutzerdatenordner)</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="168"/>
        <source>do not build a missing demo world on start</source>
        <translation>fehlende Demo-Welt beim Start nicht erstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="169"/>
        <source>user interface language, e.g. de, zh_CN, en (default: the system locale)</source>
        <translation>Sprache der Oberfläche, z. B. de, zh_CN, en (Standard: Systemsprache)</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="170"/>
        <source>system, light or dark</source>
        <translation>system, light oder dark</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="171"/>
        <source>write every dashboard figure of a run into DIR and exit</source>
        <translation>alle Dashboard-Abbildungen eines Laufs nach DIR schreiben und beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="172"/>
        <source>with --export-figures: the run file</source>
        <translation>mit --export-figures: die Laufdatei</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="173"/>
        <source>with --export-figures: the run id (default: the file&apos;s last run)</source>
        <translation>mit --export-figures: die Lauf-ID (Standard: der letzte Lauf der Datei)</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="174"/>
        <source>with --export-figures: comma-separated formats</source>
        <translation>mit --export-figures: kommagetrennte Formate</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="175"/>
        <source>with --export-figures: PNG resolution</source>
        <translation>mit --export-figures: PNG-Auflösung</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="176"/>
        <source>with --export-figures: the paper&apos;s figure set (also as pgfplots .tex) of the runs in --runs</source>
        <translation>mit --export-figures: der Abbildungssatz des Papers (auch als pgfplots-.tex) für die Läufe in --runs</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="177"/>
        <source>with --paper: run ids to overlay, e.g. 1,2,3 (default: every run of the file)</source>
        <translation>mit --paper: zu überlagernde Lauf-IDs, z. B. 1,2,3 (Standard: alle Läufe der Datei)</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="178"/>
        <source>with FILE.db: continue its run (--run, default the last) right away</source>
        <translation>mit FILE.db: deren Lauf (--run, Standard: der letzte) sofort fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="179"/>
        <source>with FILE.db: select this step when the file opens</source>
        <translation>mit FILE.db: diesen Schritt beim Öffnen der Datei auswählen</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="180"/>
        <source>with FILE.db: raise this panel: steps, disabling, inspector, prompt, lens, trace, retention, runs, history</source>
        <translation>mit FILE.db: dieses Panel in den Vordergrund holen: steps, disabling, inspector, prompt, lens, trace, retention, runs, history</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="207"/>
        <source>--view: no panel &apos;%1&apos; (steps, disabling, inspector, prompt, lens, trace, retention, runs, history)</source>
        <translation>--view: kein Bereich &apos;%1&apos; (steps, disabling, inspector, prompt, lens, trace, retention, runs, history)</translation>
    </message>
    <message>
        <source>with FILE.db: raise this panel: steps, disabling or inspector</source>
        <translation type="vanished">mit FILE.db: dieses Panel in den Vordergrund holen: steps, disabling oder inspector</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="181"/>
        <source>time opening a run file and drawing its dashboard, then exit</source>
        <translation>Öffnen einer Laufdatei und Zeichnen ihres Dashboards zeitlich messen, dann beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="189"/>
        <source>--export-figures needs --db FILE</source>
        <translation>--export-figures braucht --db DATEI</translation>
    </message>
    <message>
        <source>--view: no panel &apos;%1&apos; (steps, disabling, inspector)</source>
        <translation type="vanished">--view: kein Bereich &apos;%1&apos; (steps, disabling, inspector)</translation>
    </message>
</context>
<context>
    <name>editscope</name>
    <message>
        <location filename="../widgets/step_details.cpp" line="114"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../widgets/step_details.cpp" line="127"/>
        <source>v* %1</source>
        <translation>v* %1</translation>
    </message>
    <message>
        <location filename="../widgets/step_details.cpp" line="140"/>
        <source>z %1</source>
        <translation>z %1</translation>
    </message>
    <message>
        <location filename="../widgets/step_details.cpp" line="154"/>
        <source>rewrite</source>
        <translation>Umschreibung</translation>
    </message>
    <message>
        <location filename="../widgets/step_details.cpp" line="155"/>
        <source>paraphrase</source>
        <translation>Paraphrase</translation>
    </message>
    <message>
        <location filename="../widgets/step_details.cpp" line="156"/>
        <source>neighborhood</source>
        <translation>Nachbarschaft</translation>
    </message>
    <message>
        <location filename="../widgets/step_details.cpp" line="238"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../widgets/step_details.cpp" line="245"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
</context>
<context>
    <name>editscope::AnnotationList</name>
    <message>
        <location filename="../widgets/annotation_list.cpp" line="35"/>
        <source>Could not read the notes of run %1: %2</source>
        <translation>Die Notizen von Lauf %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/annotation_list.cpp" line="50"/>
        <source>Could not save the note on step %1: the run file %2 no longer exists</source>
        <translation>Die Notiz zu Schritt %1 konnte nicht gespeichert werden: Die Laufdatei %2 existiert nicht mehr</translation>
    </message>
    <message>
        <location filename="../widgets/annotation_list.cpp" line="57"/>
        <source>Could not save the note on step %1: %2</source>
        <translation>Die Notiz zu Schritt %1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>editscope::BranchDialog</name>
    <message>
        <location filename="../widgets/branch_dialog.cpp" line="19"/>
        <source>Branch from step %1</source>
        <translation>Verzweigen ab Schritt %1</translation>
    </message>
    <message>
        <location filename="../widgets/branch_dialog.cpp" line="21"/>
        <source>Roll back edit %1 and continue without it (the child starts after step %2)</source>
        <translation>Edit %1 zurücknehmen und ohne es fortfahren (der Zweig beginnt nach Schritt %2)</translation>
    </message>
    <message>
        <location filename="../widgets/branch_dialog.cpp" line="24"/>
        <source>Keep edit %1 and continue differently (the child starts after step %1)</source>
        <translation>Edit %1 behalten und anders fortfahren (der Zweig beginnt nach Schritt %1)</translation>
    </message>
    <message>
        <location filename="../widgets/branch_dialog.cpp" line="30"/>
        <source>same as the parent (%1)</source>
        <translation>wie der übergeordnete Lauf (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/branch_dialog.cpp" line="31"/>
        <source>ROME</source>
        <translation>ROME</translation>
    </message>
    <message>
        <location filename="../widgets/branch_dialog.cpp" line="32"/>
        <source>r-ROME</source>
        <translation>r-ROME</translation>
    </message>
    <message>
        <location filename="../widgets/branch_dialog.cpp" line="33"/>
        <source>MEMIT</source>
        <translation>MEMIT</translation>
    </message>
    <message>
        <location filename="../widgets/branch_dialog.cpp" line="34"/>
        <source>Method for the rest</source>
        <translation>Methode für den Rest</translation>
    </message>
    <message>
        <location filename="../widgets/branch_dialog.cpp" line="36"/>
        <source>Hyperparameters</source>
        <translation>Hyperparameter</translation>
    </message>
    <message>
        <location filename="../widgets/branch_dialog.cpp" line="38"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../widgets/branch_dialog.cpp" line="39"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../widgets/branch_dialog.cpp" line="41"/>
        <source>The child run is stored in the same file, next to its parent.</source>
        <translation>Der Zweig wird in derselben Datei gespeichert, neben seinem übergeordneten Lauf.</translation>
    </message>
    <message>
        <location filename="../widgets/branch_dialog.cpp" line="45"/>
        <source>Start branch</source>
        <translation>Zweig starten</translation>
    </message>
</context>
<context>
    <name>editscope::CausalTraceView</name>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="81"/>
        <source>prompt, with {} for the subject</source>
        <translation>Prompt, mit {} für das Subjekt</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="83"/>
        <source>subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="86"/>
        <source>From the selected edit</source>
        <translation>Aus dem gewählten Edit</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="87"/>
        <source>Trace the selected edit&apos;s prompt and subject (and follow the selection)</source>
        <translation>Prompt und Subjekt des gewählten Edits tracen (und der Auswahl folgen)</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="91"/>
        <source>The base model, or the model after a step rebuilt from the stored updates</source>
        <translation>Das Basismodell oder das aus den gespeicherten Updates rekonstruierte Modell nach einem Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="95"/>
        <source>Corrupted copies of the prompt (ROME: 10)</source>
        <translation>Verrauschte Kopien des Prompts (ROME: 10)</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="101"/>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="102"/>
        <source>Noise = this multiple of the std of the dataset&apos;s subject embeddings (ROME: 3)</source>
        <translation>Rauschen = dieses Vielfache der Standardabweichung der Subjekt-Embeddings des Datensatzes (ROME: 3)</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="107"/>
        <source>Layers restored around each MLP / attention cell (ROME: 10)</source>
        <translation>Um jede MLP-/Attention-Zelle wiederhergestellte Schichten (ROME: 10)</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="111"/>
        <source>the model&apos;s top prediction</source>
        <translation>die wahrscheinlichste Vorhersage des Modells</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="112"/>
        <source>Trace this answer&apos;s first token (a leading space is added) instead of the clean argmax</source>
        <translation>Das erste Token dieser Antwort tracen (ein führendes Leerzeichen wird ergänzt) statt des sauberen Argmax</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="114"/>
        <source>Trace</source>
        <translation>Tracen</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="117"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="120"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="123"/>
        <source>Figures as PNG (300 DPI)…</source>
        <translation>Abbildungen als PNG (300 DPI)…</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="124"/>
        <source>Figures as PDF…</source>
        <translation>Abbildungen als PDF…</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="125"/>
        <source>Figures as SVG…</source>
        <translation>Abbildungen als SVG…</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="126"/>
        <source>Data as CSV…</source>
        <translation>Daten als CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="137"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="139"/>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="143"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="143"/>
        <source>Samples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="144"/>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="144"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="145"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="185"/>
        <source>Choose a prompt and a subject, then Trace. Each figure shows p(answer) when one state is restored in the run with the subject&apos;s embeddings corrupted.</source>
        <translation>Wählen Sie einen Prompt und ein Subjekt, dann „Tracen“. Jede Abbildung zeigt p(Antwort), wenn ein Zustand im Durchlauf mit verrauschten Subjekt-Embeddings wiederhergestellt wird.</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="233"/>
        <source>Base model</source>
        <translation>Basismodell</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="235"/>
        <source>After the selected step (%1)</source>
        <translation>Nach dem gewählten Schritt (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="236"/>
        <source>After the selected step (none: base)</source>
        <translation>Nach dem gewählten Schritt (keiner: Basis)</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="238"/>
        <source>After the last step (%1)</source>
        <translation>Nach dem letzten Schritt (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="240"/>
        <source>After step %1</source>
        <translation>Nach Schritt %1</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="295"/>
        <source>No run is open: causal tracing uses the run&apos;s model.</source>
        <translation>Kein Lauf geöffnet: Das kausale Tracing verwendet das Modell des Laufs.</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="297"/>
        <source>Give a prompt and a subject.</source>
        <translation>Geben Sie einen Prompt und ein Subjekt an.</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="325"/>
        <source>Loading the base model…</source>
        <translation>Basismodell wird geladen…</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="325"/>
        <source>Rebuilding the model after step %1…</source>
        <translation>Modell nach Schritt %1 wird rekonstruiert…</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="330"/>
        <source>noise %1 (absolute)</source>
        <translation>Rauschen %1 (absolut)</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="344"/>
        <source>Reading the dataset&apos;s subjects…</source>
        <translation>Subjekte des Datensatzes werden gelesen…</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="351"/>
        <source>the traced subject alone (the dataset could not be read: %1)</source>
        <translation>nur das getracte Subjekt (der Datensatz konnte nicht gelesen werden: %1)</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="367"/>
        <source>the subjects of %1</source>
        <translation>die Subjekte von %1</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="369"/>
        <source>noise %1 = %2 × %3 (std of the embeddings of %4)</source>
        <translation>Rauschen %1 = %2 × %3 (Standardabweichung der Embeddings von %4)</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="388"/>
        <source>Tracing %1…</source>
        <translation>Tracing von %1…</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="411"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="421"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="464"/>
        <source>%1 · answer “%2” · %3 · %4 samples · %5 s</source>
        <translation>%1 · Antwort „%2“ · %3 · %4 Stichproben · %5 s</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="465"/>
        <source>base model</source>
        <translation>Basismodell</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="465"/>
        <source>model after step %1</source>
        <translation>Modell nach Schritt %1</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="474"/>
        <source>Cancelled; the figures show the previous trace.</source>
        <translation>Abgebrochen; die Abbildungen zeigen das vorherige Tracing.</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="477"/>
        <source>The trace failed: %1</source>
        <translation>Das Tracing ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="493"/>
        <source>MLP</source>
        <translation>MLP</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="493"/>
        <source>Attn</source>
        <translation>Attn</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="494"/>
        <source>Impact of restoring state after corrupted input</source>
        <translation>Wirkung der Wiederherstellung des Zustands nach verrauschter Eingabe</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="495"/>
        <source>Impact of restoring %1 after corrupted input</source>
        <translation>Wirkung der Wiederherstellung von %1 nach verrauschter Eingabe</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="499"/>
        <location filename="../widgets/causal_trace_view.cpp" line="519"/>
        <source>single restored layer within GPT-2</source>
        <translation>einzelne wiederhergestellte Schicht in GPT-2</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="500"/>
        <source>center of interval of restored %1 layers</source>
        <translation>Mitte des Intervalls wiederhergestellter %1-Schichten</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="501"/>
        <source>p(answer)</source>
        <translation>p(Antwort)</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="520"/>
        <source>center of interval of %1 restored %2 layers</source>
        <translation>Mitte des Intervalls von %1 wiederhergestellten %2-Schichten</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="521"/>
        <source>p(%1)</source>
        <translation>p(%1)</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="522"/>
        <source>answer “%1”%2 · corrupted %3 · clean %4</source>
        <translation>Antwort „%1“%2 · verrauscht %3 · sauber %4</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="523"/>
        <source> (not the top prediction)</source>
        <translation> (nicht die wahrscheinlichste Vorhersage)</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="529"/>
        <source>Peak: layer %1 at “%2” (token %3), p = %4</source>
        <translation>Maximum: Schicht %1 bei „%2“ (Token %3), p = %4</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="534"/>
        <source>At the last subject token “%1”: layer %2, p = %3</source>
        <translation>Beim letzten Subjekt-Token „%1“: Schicht %2, p = %3</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="541"/>
        <source>The window of %1 covers all %2 layers: every column restores the same layers, so rows are flat (try a smaller window).</source>
        <translation>Das Fenster von %1 umfasst alle %2 Schichten: Jede Spalte stellt dieselben Schichten wieder her, daher sind die Zeilen flach (versuchen Sie ein kleineres Fenster).</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="558"/>
        <source>restoring the hidden state after layer %1 at this token</source>
        <translation>Wiederherstellung des verborgenen Zustands nach Schicht %1 bei diesem Token</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="561"/>
        <source>MLP outputs</source>
        <translation>MLP-Ausgaben</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="561"/>
        <source>attention outputs</source>
        <translation>Attention-Ausgaben</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="562"/>
        <source>restoring the %1 of layers %2–%3 at this token</source>
        <translation>Wiederherstellung der %1 der Schichten %2–%3 bei diesem Token</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="566"/>
        <source>&lt;b&gt;token %1 “%2”&lt;/b&gt;%3 · layer %4</source>
        <translation>&lt;b&gt;Token %1 „%2“&lt;/b&gt;%3 · Schicht %4</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="567"/>
        <source> (subject)</source>
        <translation> (Subjekt)</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="568"/>
        <source>p(%1) = %2, %3</source>
        <translation>p(%1) = %2, %3</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="570"/>
        <source>corrupted %1 · clean %2 · indirect effect %3</source>
        <translation>verrauscht %1 · sauber %2 · indirekter Effekt %3</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="572"/>
        <source>click: use layer %1 in a new run</source>
        <translation>Klick: Schicht %1 in einem neuen Lauf verwenden</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view_export.cpp" line="38"/>
        <source>Nothing to export: trace a prompt first.</source>
        <translation>Nichts zu exportieren: Tracen Sie zuerst einen Prompt.</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view_export.cpp" line="75"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view_export.cpp" line="86"/>
        <source>Export the causal trace</source>
        <translation>Kausales Tracing exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view_export.cpp" line="88"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view_export.cpp" line="93"/>
        <source>Export the three figures into a folder</source>
        <translation>Die drei Abbildungen in einen Ordner exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view_export.cpp" line="99"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>editscope::Dashboard</name>
    <message>
        <location filename="../widgets/dashboard.cpp" line="42"/>
        <source>Log scale (norms)</source>
        <translation>Logarithmische Skala (Normen)</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="50"/>
        <source> edits</source>
        <translation> Edits</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="51"/>
        <source>Bucket size of the paper&apos;s smoothing: each dashed point is the mean of this many edits</source>
        <translation>Blockgröße der Glättung aus dem Paper: Jeder gestrichelte Punkt ist der Mittelwert über so viele Edits</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="54"/>
        <source> buckets</source>
        <translation> Blöcke</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="55"/>
        <source>Moving-average window over the bucket means (the solid lines)</source>
        <translation>Fenster des gleitenden Mittelwerts über die Blockmittelwerte (die durchgezogenen Linien)</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="56"/>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="57"/>
        <source>Show the whole run on every plot</source>
        <translation>Den gesamten Lauf in jedem Diagramm zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="59"/>
        <source>Plots</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="60"/>
        <source>Which plots the dashboard shows, and in how many columns</source>
        <translation>Welche Diagramme das Dashboard zeigt und in wie vielen Spalten</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="63"/>
        <source>&amp;Bucket:</source>
        <translation>&amp;Blockgröße:</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="65"/>
        <source>Moving &amp;window:</source>
        <translation>Gleitendes &amp;Fenster:</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="251"/>
        <source>1 column</source>
        <translation>1 Spalte</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="251"/>
        <source>%1 columns</source>
        <translation>%1 Spalten</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="335"/>
        <source>%1: cannot create the folder</source>
        <translation>%1: Der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="353"/>
        <source>%1: the folder does not exist</source>
        <translation>%1: Der Ordner existiert nicht</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="359"/>
        <source>EditScope dashboard</source>
        <translation>EditScope-Dashboard</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="366"/>
        <source>%1: could not write the PDF file</source>
        <translation>%1: Die PDF-Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="379"/>
        <source>%1: could not finish the PDF file</source>
        <translation>%1: Die PDF-Datei konnte nicht abgeschlossen werden</translation>
    </message>
</context>
<context>
    <name>editscope::DashboardPlot</name>
    <message>
        <location filename="../widgets/dashboard_plot.cpp" line="118"/>
        <source>flagged edit</source>
        <translation>markiertes Edit</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.cpp" line="123"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.cpp" line="461"/>
        <source>Note on step %1</source>
        <translation>Notiz zu Schritt %1</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.cpp" line="470"/>
        <source>Edits %1–%2 (mean of the bucket)</source>
        <translation>Edits %1–%2 (Mittelwert des Blocks)</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.cpp" line="473"/>
        <source>Step 0 of the branch (%1 edits on the root run&apos;s axis)</source>
        <translation>Schritt 0 des Zweigs (%1 Edits auf der Achse des Ursprungslaufs)</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.cpp" line="474"/>
        <source>Step %1 of the branch · %2 edits on the root run&apos;s axis</source>
        <translation>Schritt %1 des Zweigs · %2 Edits auf der Achse des Ursprungslaufs</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.cpp" line="476"/>
        <source>Step 0 (unedited model)</source>
        <translation>Schritt 0 (unbearbeitetes Modell)</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.cpp" line="476"/>
        <source>Step %1 · %2 edits</source>
        <translation>Schritt %1 · %2 Edits</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.cpp" line="483"/>
        <source>Case %1: %2</source>
        <translation>Fall %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.cpp" line="485"/>
        <source>Subject: %1</source>
        <translation>Subjekt: %1</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.cpp" line="487"/>
        <source>Value: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.cpp" line="489"/>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot_export.cpp" line="237"/>
        <source>unknown figure format &quot;%1&quot; (png, pdf or svg)</source>
        <translation>unbekanntes Abbildungsformat „%1“ (png, pdf oder svg)</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot_export.cpp" line="239"/>
        <source>DPI %1 is outside 24..1200</source>
        <translation>DPI %1 liegt außerhalb von 24..1200</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot_export.cpp" line="241"/>
        <source>%1: the folder does not exist</source>
        <translation>%1: Der Ordner existiert nicht</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot_export.cpp" line="257"/>
        <source>EditScope figure: %1 against %2</source>
        <translation>EditScope-Abbildung: %1 über %2</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot_export.cpp" line="268"/>
        <source>%1: could not write the %2 file</source>
        <translation>%1: Die %2-Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.h" line="108"/>
        <source>Number of edits</source>
        <translation>Anzahl der Edits</translation>
    </message>
</context>
<context>
    <name>editscope::DisablingEditsView</name>
    <message>
        <location filename="../widgets/disabling_view.cpp" line="47"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/disabling_view.cpp" line="47"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../widgets/disabling_view.cpp" line="47"/>
        <source>Value / threshold</source>
        <translation>Wert / Schwelle</translation>
    </message>
    <message>
        <location filename="../widgets/disabling_view.cpp" line="47"/>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <location filename="../widgets/disabling_view.cpp" line="123"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../widgets/disabling_view.cpp" line="127"/>
        <source>a NaN or infinity appeared in the update or the edited weights</source>
        <translation>im Update oder in den bearbeiteten Gewichten trat NaN oder Unendlich auf</translation>
    </message>
    <message>
        <location filename="../widgets/disabling_view.cpp" line="148"/>
        <source>No flagged step in this run: the disabling-edit detector has not fired. A typical edit is shown.</source>
        <translation>Kein markierter Schritt in diesem Lauf: Der Detektor für lahmlegende Edits hat nicht angeschlagen. Gezeigt wird ein typisches Edit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/disabling_view.cpp" line="149"/>
        <source>%n flagged step(s). Pick one to compare it with a typical edit of this run.</source>
        <translation>
            <numerusform>%n markierter Schritt. Wählen Sie ihn aus, um ihn mit einem typischen Edit dieses Laufs zu vergleichen.</numerusform>
            <numerusform>%n markierte Schritte. Wählen Sie einen aus, um ihn mit einem typischen Edit dieses Laufs zu vergleichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/disabling_view.cpp" line="206"/>
        <source>Flagged edit: step %1</source>
        <translation>Markiertes Edit: Schritt %1</translation>
    </message>
    <message>
        <location filename="../widgets/disabling_view.cpp" line="208"/>
        <source>Typical edit: step %1 (median Σ‖ΔW‖ of the unflagged steps)</source>
        <translation>Typisches Edit: Schritt %1 (Median von Σ‖ΔW‖ der nicht markierten Schritte)</translation>
    </message>
    <message>
        <location filename="../widgets/disabling_view.cpp" line="209"/>
        <source>Typical edit: none (no unflagged step yet)</source>
        <translation>Typisches Edit: keines (noch kein nicht markierter Schritt)</translation>
    </message>
    <message>
        <location filename="../widgets/disabling_view.cpp" line="225"/>
        <source>%1 (step %2): Σ‖ΔW‖ %3 = %4 the median of the steps before it (%5)</source>
        <translation>%1 (Schritt %2): Σ‖ΔW‖ %3 = %4 Median der vorangehenden Schritte (%5)</translation>
    </message>
    <message>
        <location filename="../widgets/disabling_view.cpp" line="230"/>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <location filename="../widgets/disabling_view.cpp" line="232"/>
        <source>Typical</source>
        <translation>Typisch</translation>
    </message>
</context>
<context>
    <name>editscope::DownstreamPlot</name>
    <message>
        <location filename="../widgets/downstream_plot.cpp" line="21"/>
        <source>Invalid answers</source>
        <translation>Ungültige Antworten</translation>
    </message>
    <message>
        <location filename="../widgets/downstream_plot.cpp" line="60"/>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../widgets/downstream_plot.cpp" line="61"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../widgets/downstream_plot.cpp" line="62"/>
        <source>MCC</source>
        <translation>MCC</translation>
    </message>
    <message>
        <location filename="../widgets/downstream_plot.cpp" line="83"/>
        <source>%1 invalid answers</source>
        <translation>%1 ungültige Antworten</translation>
    </message>
    <message>
        <location filename="../widgets/downstream_plot.h" line="21"/>
        <source>Downstream tasks</source>
        <translation>Nachgelagerte Aufgaben</translation>
    </message>
    <message>
        <location filename="../widgets/downstream_plot.h" line="22"/>
        <source>Score (accuracy, F1, MCC)</source>
        <translation>Score (Genauigkeit, F1, MCC)</translation>
    </message>
</context>
<context>
    <name>editscope::EditInspector</name>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="79"/>
        <location filename="../widgets/edit_inspector.cpp" line="247"/>
        <source>Select a step in the steps table or on a plot to inspect its edit.</source>
        <translation>Wählen Sie einen Schritt in der Schritttabelle oder in einem Diagramm aus, um sein Edit zu untersuchen.</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="90"/>
        <location filename="../widgets/edit_inspector.cpp" line="103"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="91"/>
        <source>Prompts: NLL (nats) before → after the edit</source>
        <translation>Prompts: NLL (nats) vor → nach dem Edit</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="92"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="92"/>
        <source>true, before</source>
        <translation>true, vorher</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="92"/>
        <source>true, after</source>
        <translation>true, nachher</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="92"/>
        <source>new, before</source>
        <translation>new, vorher</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="92"/>
        <source>new, after</source>
        <translation>new, nachher</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="92"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="93"/>
        <source>NLL of target_true before the edit</source>
        <translation>NLL von target_true vor dem Edit</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="93"/>
        <source>NLL of target_true after the edit</source>
        <translation>NLL von target_true nach dem Edit</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="94"/>
        <source>NLL of target_new before the edit</source>
        <translation>NLL von target_new vor dem Edit</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="94"/>
        <source>NLL of target_new after the edit</source>
        <translation>NLL von target_new nach dem Edit</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="100"/>
        <source>Target vector optimisation (v* / z)</source>
        <translation>Optimierung des Zielvektors (v* / z)</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="103"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="103"/>
        <source>‖δ‖</source>
        <translation>‖δ‖</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="103"/>
        <source>‖v‖</source>
        <translation>‖v‖</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="103"/>
        <source>Clamped</source>
        <translation>Begrenzt</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="103"/>
        <source>Denom.</source>
        <translation>Nenner</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="103"/>
        <source>Key mism.</source>
        <translation>Schl.-Abw.</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="104"/>
        <source>Loss at the first and the last optimisation step</source>
        <translation>Verlust im ersten und im letzten Optimierungsschritt</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="104"/>
        <source>Norm of the optimised delta added to v</source>
        <translation>Norm des optimierten Deltas, das zu v addiert wird</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="105"/>
        <source>Norm of v before optimisation (δ is clamped to clamp_norm_factor × this)</source>
        <translation>Norm von v vor der Optimierung (δ wird auf clamp_norm_factor × diesen Wert begrenzt)</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="106"/>
        <source>Whether δ hit the clamp</source>
        <translation>Ob δ die Begrenzung erreicht hat</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="106"/>
        <source>ROME&apos;s denominator (C⁻¹k)ᵀk of the rank-one update</source>
        <translation>Nenner (C⁻¹k)ᵀk des Rang-1-Updates von ROME</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="107"/>
        <source>ROME: relative difference between the key used and the subject&apos;s key</source>
        <translation>ROME: relative Abweichung zwischen dem verwendeten Schlüssel und dem Schlüssel des Subjekts</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="111"/>
        <source>Update size</source>
        <translation>Größe des Updates</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="112"/>
        <source>Quantity</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="112"/>
        <location filename="../widgets/edit_inspector.cpp" line="127"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="116"/>
        <source>Edited layers: norms before → after</source>
        <translation>Bearbeitete Schichten: Normen vorher → nachher</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="117"/>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="117"/>
        <source>‖W‖ before</source>
        <translation>‖W‖ vorher</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="117"/>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="117"/>
        <source>‖W−W₀‖ before</source>
        <translation>‖W−W₀‖ vorher</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="117"/>
        <source>‖ΔW‖</source>
        <translation>‖ΔW‖</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="117"/>
        <source>per numel</source>
        <translation>pro numel</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="118"/>
        <source>Edited block (its mlp.c_proj weight)</source>
        <translation>Bearbeiteter Block (sein mlp.c_proj-Gewicht)</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="118"/>
        <source>‖W‖_F after the previous step (the base model&apos;s is not stored)</source>
        <translation>‖W‖_F nach dem vorherigen Schritt (der Wert des Basismodells wird nicht gespeichert)</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="119"/>
        <source>‖W‖_F after this step</source>
        <translation>‖W‖_F nach diesem Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="119"/>
        <source>‖W − W₀‖_F after the previous step (0 before the first edit)</source>
        <translation>‖W − W₀‖_F nach dem vorherigen Schritt (0 vor dem ersten Edit)</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="120"/>
        <source>‖W − W₀‖_F after this step</source>
        <translation>‖W − W₀‖_F nach diesem Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="120"/>
        <source>‖ΔW‖_F of this step&apos;s update</source>
        <translation>‖ΔW‖_F des Updates dieses Schritts</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="121"/>
        <source>‖W − W₀‖_F / numel(W) after this step (the paper&apos;s normalised growth)</source>
        <translation>‖W − W₀‖_F / numel(W) nach diesem Schritt (das normierte Wachstum aus dem Paper)</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="125"/>
        <source>Generation samples</source>
        <translation>Generierte Texte</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="126"/>
        <source>Detector flags</source>
        <translation>Markierungen des Detektors</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="127"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="127"/>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="243"/>
        <source>Step %1 could not be read: %2</source>
        <translation>Schritt %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="245"/>
        <source>Step %1 is not stored in this run (yet).</source>
        <translation>Schritt %1 ist in diesem Lauf (noch) nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="258"/>
        <source>&lt;b&gt;Step %1&lt;/b&gt; of %2 · %3 edits · %4</source>
        <translation>&lt;b&gt;Schritt %1&lt;/b&gt; von %2 · %3 Edits · %4</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="261"/>
        <source>&lt;br&gt;after the edit: ES %1 · PS %2 · NS %3</source>
        <translation>&lt;br&gt;nach dem Edit: ES %1 · PS %2 · NS %3</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="263"/>
        <source>flagged by the disabling-edit detector</source>
        <translation>vom Detektor für lahmlegende Edits markiert</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="278"/>
        <source>case %1</source>
        <translation>Fall %1</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="281"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;span style=&quot;color:%2&quot;&gt;%3&lt;/span&gt;&lt;br&gt;%4 &lt;b&gt;%5&lt;/b&gt; → &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &lt;span style=&quot;color:%2&quot;&gt;%3&lt;/span&gt;&lt;br&gt;%4 &lt;b&gt;%5&lt;/b&gt; → &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="284"/>
        <source>No request stored.</source>
        <translation>Keine Anfrage gespeichert.</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="297"/>
        <source>Per-prompt NLLs are not stored for this step (the run saved space).</source>
        <translation>Für diesen Schritt sind keine NLLs pro Prompt gespeichert (der Lauf spart Speicherplatz).</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="298"/>
        <source>target_true and target_new on each evaluated prompt; lower is more likely.</source>
        <translation>target_true und target_new für jeden ausgewerteten Prompt; niedriger heißt wahrscheinlicher.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/edit_inspector.cpp" line="310"/>
        <source>%n optimisation step(s)</source>
        <translation>
            <numerusform>%n Optimierungsschritt</numerusform>
            <numerusform>%n Optimierungsschritte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="311"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="312"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="312"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="330"/>
        <source>Σ‖ΔW‖ of this step</source>
        <translation>Σ‖ΔW‖ dieses Schritts</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="331"/>
        <source>median Σ‖ΔW‖ of the earlier steps</source>
        <translation>Median von Σ‖ΔW‖ der früheren Schritte</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="332"/>
        <source>ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="332"/>
        <source>the detector flags a ratio above %1</source>
        <translation>der Detektor markiert ein Verhältnis über %1</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="333"/>
        <source>detector factor (update_norm_vs_median)</source>
        <translation>Detektorfaktor (update_norm_vs_median)</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="350"/>
        <source>⚠</source>
        <translation>⚠</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="350"/>
        <source>a NaN or infinity appeared in the update or the edited weights</source>
        <translation>im Update oder in den bearbeiteten Gewichten trat NaN oder Unendlich auf</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="358"/>
        <source>No generation samples stored in this run.</source>
        <translation>In diesem Lauf sind keine generierten Texte gespeichert.</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="362"/>
        <source>Samples at this step beside those of the unedited model (step 0).</source>
        <translation>Texte dieses Schritts neben denen des unbearbeiteten Modells (Schritt 0).</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="363"/>
        <source>No samples at this step: those of step %1, the latest sampled before it, beside step 0&apos;s.</source>
        <translation>Keine Texte in diesem Schritt: die von Schritt %1, dem letzten zuvor erzeugten, neben denen von Schritt 0.</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="364"/>
        <source>No samples at or before this step; step 0&apos;s only.</source>
        <translation>Keine Texte in oder vor diesem Schritt; nur die von Schritt 0.</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="369"/>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="369"/>
        <source>%1 bits</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="401"/>
        <source>A NaN or infinity appeared in the update or the edited weights.</source>
        <translation>Im Update oder in den bearbeiteten Gewichten trat NaN oder Unendlich auf.</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="406"/>
        <source>No flag at this step.</source>
        <translation>Keine Markierung in diesem Schritt.</translation>
    </message>
</context>
<context>
    <name>editscope::EfficacyPlot</name>
    <message>
        <location filename="../widgets/score_plots.h" line="57"/>
        <source>Efficacy of the edit just made</source>
        <translation>Wirksamkeit des gerade ausgeführten Edits</translation>
    </message>
</context>
<context>
    <name>editscope::EntropyPlot</name>
    <message>
        <location filename="../widgets/entropy_plot.cpp" line="21"/>
        <source>mean entropy of the samples</source>
        <translation>mittlere Entropie der Texte</translation>
    </message>
    <message>
        <location filename="../widgets/entropy_plot.h" line="15"/>
        <source>Generation entropy</source>
        <translation>Entropie der generierten Texte</translation>
    </message>
    <message>
        <location filename="../widgets/entropy_plot.h" line="16"/>
        <source>n-gram entropy (bits)</source>
        <translation>n-Gramm-Entropie (Bit)</translation>
    </message>
</context>
<context>
    <name>editscope::HeatmapFigure</name>
    <message>
        <location filename="../widgets/heatmap_figure.cpp" line="281"/>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_figure_export.cpp" line="65"/>
        <source>unknown figure format &quot;%1&quot; (png, pdf or svg)</source>
        <translation>unbekanntes Abbildungsformat „%1“ (png, pdf oder svg)</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_figure_export.cpp" line="67"/>
        <source>DPI %1 is outside 24..1200</source>
        <translation>DPI %1 liegt außerhalb von 24..1200</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_figure_export.cpp" line="69"/>
        <source>%1: the folder does not exist</source>
        <translation>%1: Der Ordner existiert nicht</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_figure_export.cpp" line="90"/>
        <source>EditScope heatmap: %1 against %2</source>
        <translation>EditScope-Heatmap: %1 über %2</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_figure_export.cpp" line="106"/>
        <source>%1: could not write the %2 file</source>
        <translation>%1: Die %2-Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_figure_export.cpp" line="128"/>
        <location filename="../widgets/heatmap_figure_export.cpp" line="134"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>editscope::LogitLensView</name>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="38"/>
        <source>Prompt (default: the selected edit&apos;s rewrite prompt)</source>
        <translation>Prompt (Standard: der Umschreibungs-Prompt des gewählten Edits)</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="40"/>
        <source>target_true</source>
        <translation>target_true</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="42"/>
        <source>target_new</source>
        <translation>target_new</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="43"/>
        <source>Follow the selected edit</source>
        <translation>Dem gewählten Edit folgen</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="45"/>
        <source>Use the selected edit&apos;s rewrite prompt and targets; typing your own turns this off</source>
        <translation>Umschreibungs-Prompt und Ziele des gewählten Edits verwenden; eigene Eingaben schalten dies ab</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="47"/>
        <source>P(target_true)</source>
        <translation>P(target_true)</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="48"/>
        <source>P(target_new)</source>
        <translation>P(target_new)</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="49"/>
        <source>Rank of target_true (log)</source>
        <translation>Rang von target_true (log)</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="50"/>
        <source>Rank of target_new (log)</source>
        <translation>Rang von target_new (log)</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="53"/>
        <source>Base and step side by side</source>
        <translation>Basis und Schritt nebeneinander</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="54"/>
        <source>Base model only</source>
        <translation>Nur Basismodell</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="55"/>
        <source>Selected step only</source>
        <translation>Nur gewählter Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="56"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="57"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="60"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="65"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="70"/>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="73"/>
        <source>True:</source>
        <translation>True:</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="75"/>
        <source>New:</source>
        <translation>New:</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="82"/>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="95"/>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="95"/>
        <source>prompt token</source>
        <translation>Prompt-Token</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="104"/>
        <source>&lt;b&gt;%1&lt;/b&gt;, token %2 &lt;b&gt;%3&lt;/b&gt;&lt;br&gt;%4: rank %5, P = %6&lt;br&gt;%7: rank %8, P = %9&lt;br&gt;top: %10 (P = %11)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, Token %2 &lt;b&gt;%3&lt;/b&gt;&lt;br&gt;%4: Rang %5, P = %6&lt;br&gt;%7: Rang %8, P = %9&lt;br&gt;Top: %10 (P = %11)</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="268"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="282"/>
        <source>Open a run file first: the models are rebuilt from its stored edits.</source>
        <translation>Öffnen Sie zuerst eine Laufdatei: Die Modelle werden aus ihren gespeicherten Edits rekonstruiert.</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="284"/>
        <source>No model source.</source>
        <translation>Keine Modellquelle.</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="286"/>
        <source>Give a prompt and both targets (or select an edit).</source>
        <translation>Geben Sie einen Prompt und beide Ziele an (oder wählen Sie ein Edit).</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="301"/>
        <source>Computing the lens of the base model and step %1…</source>
        <translation>Logit-Lens des Basismodells und von Schritt %1 wird berechnet…</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="302"/>
        <source>Computing the lens of the base model (select a step to compare)…</source>
        <translation>Logit-Lens des Basismodells wird berechnet (wählen Sie einen Schritt zum Vergleich)…</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="304"/>
        <location filename="../widgets/logit_lens_view_export.cpp" line="127"/>
        <location filename="../widgets/logit_lens_view_export.cpp" line="144"/>
        <source>Logit lens</source>
        <translation>Logit-Lens</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="352"/>
        <source>“%1” has %2 tokens; the lens follows its first, %3. </source>
        <translation>„%1“ hat %2 Tokens; die Lens folgt dem ersten, %3. </translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="379"/>
        <source>Base model: %1</source>
        <translation>Basismodell: %1</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="379"/>
        <source>Step: %1</source>
        <translation>Schritt: %1</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="412"/>
        <source>base model</source>
        <translation>Basismodell</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="412"/>
        <source>after step %1</source>
        <translation>nach Schritt %1</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="413"/>
        <source>selected step</source>
        <translation>gewählter Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="416"/>
        <location filename="../widgets/logit_lens_view.cpp" line="439"/>
        <source>Logit lens — %1</source>
        <translation>Logit-Lens — %1</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="417"/>
        <source>no result yet</source>
        <translation>noch kein Ergebnis</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="435"/>
        <source>emb</source>
        <translation>emb</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="443"/>
        <source>%1(%2) · %3 · “%4”</source>
        <translation>%1(%2) · %3 · „%4“</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="443"/>
        <source>rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="443"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="444"/>
        <source>rank of %1 (1 = top)</source>
        <translation>Rang von %1 (1 = Top)</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="444"/>
        <source>P(%1)</source>
        <translation>P(%1)</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view_export.cpp" line="67"/>
        <source>%1: could not write the CSV file</source>
        <translation>%1: Die CSV-Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view_export.cpp" line="86"/>
        <source>Nothing to export: run the lens first.</source>
        <translation>Nichts zu exportieren: Führen Sie zuerst die Logit-Lens aus.</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view_export.cpp" line="93"/>
        <source>unknown figure format &quot;%1&quot; (png, pdf or svg)</source>
        <translation>unbekanntes Abbildungsformat „%1“ (png, pdf oder svg)</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view_export.cpp" line="95"/>
        <source>DPI %1 is outside 24..1200</source>
        <translation>DPI %1 liegt außerhalb von 24..1200</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view_export.cpp" line="97"/>
        <source>%1: the folder does not exist</source>
        <translation>%1: Der Ordner existiert nicht</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view_export.cpp" line="145"/>
        <source>EditScope figure: logit lens of the base model and the selected step</source>
        <translation>EditScope-Abbildung: Logit-Lens des Basismodells und des gewählten Schritts</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view_export.cpp" line="155"/>
        <source>%1: could not write the %2 file</source>
        <translation>%1: Die %2-Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view_export.cpp" line="161"/>
        <source>Export the logit lens</source>
        <translation>Logit-Lens exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view_export.cpp" line="163"/>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view_export.cpp" line="174"/>
        <source>Export PNG</source>
        <translation>PNG exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view_export.cpp" line="174"/>
        <source>Resolution (DPI):</source>
        <translation>Auflösung (DPI):</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view_export.cpp" line="180"/>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
</context>
<context>
    <name>editscope::LossCurveChart</name>
    <message>
        <location filename="../widgets/loss_curve_chart.cpp" line="22"/>
        <source>optimisation step</source>
        <translation>Optimierungsschritt</translation>
    </message>
    <message>
        <location filename="../widgets/loss_curve_chart.cpp" line="23"/>
        <location filename="../widgets/loss_curve_chart.cpp" line="57"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../widgets/loss_curve_chart.cpp" line="59"/>
        <source>NLL of target_new</source>
        <translation>NLL von target_new</translation>
    </message>
    <message>
        <location filename="../widgets/loss_curve_chart.cpp" line="60"/>
        <source>KL</source>
        <translation>KL</translation>
    </message>
    <message>
        <location filename="../widgets/loss_curve_chart.cpp" line="61"/>
        <source>weight decay</source>
        <translation>Weight Decay</translation>
    </message>
</context>
<context>
    <name>editscope::MainWindow</name>
    <message>
        <location filename="../widgets/main_window.cpp" line="57"/>
        <source>idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="58"/>
        <source>loading the model</source>
        <translation>Modell wird geladen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="59"/>
        <location filename="../widgets/main_window.cpp" line="73"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="60"/>
        <source>pausing after this step</source>
        <translation>pausiert nach diesem Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="61"/>
        <location filename="../widgets/main_window.cpp" line="74"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="62"/>
        <source>stopping</source>
        <translation>wird gestoppt</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="63"/>
        <location filename="../widgets/main_window.cpp" line="76"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="64"/>
        <location filename="../widgets/main_window.cpp" line="75"/>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="65"/>
        <location filename="../widgets/main_window.cpp" line="77"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="108"/>
        <location filename="../widgets/main_window.cpp" line="217"/>
        <source>EditScope</source>
        <translation>EditScope</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="158"/>
        <source>step %1 / %2</source>
        <translation>Schritt %1 / %2</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="165"/>
        <source>The run failed: %1</source>
        <translation>Der Lauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="189"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="190"/>
        <source>&amp;New run…</source>
        <translation>&amp;Neuer Lauf…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="195"/>
        <source>&amp;Open run file…</source>
        <translation>Laufdatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="196"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="197"/>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="202"/>
        <source>&amp;Export figures…</source>
        <translation>Abbildungen &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="204"/>
        <source>Export dashboard as one &amp;PDF…</source>
        <translation>Dashboard als eine &amp;PDF-Datei exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="206"/>
        <source>Export visible data as &amp;CSV…</source>
        <translation>Sichtbare Daten als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="208"/>
        <source>Export the &amp;paper&apos;s figures…</source>
        <translation>Paper-&amp;Abbildungen exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="211"/>
        <source>&amp;Add run files to compare…</source>
        <translation>Laufdateien zum Vergleich &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="214"/>
        <source>&amp;Close run file</source>
        <translation>Laufdatei &amp;schließen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="219"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="221"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="224"/>
        <source>&amp;Note on the selected step…</source>
        <translation>&amp;Notiz zum gewählten Schritt…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="227"/>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="228"/>
        <source>&amp;Pause after this step</source>
        <translation>Nach diesem Schritt &amp;pausieren</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="230"/>
        <source>&amp;Step (one edit)</source>
        <translation>&amp;Einzelschritt (ein Edit)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="232"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="238"/>
        <source>S&amp;top</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="242"/>
        <source>&amp;Branch from the selected step…</source>
        <translation>&amp;Verzweigen ab dem gewählten Schritt…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="245"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="246"/>
        <source>&amp;Previous edit</source>
        <translation>&amp;Vorheriges Edit</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="248"/>
        <source>&amp;Next edit</source>
        <translation>&amp;Nächstes Edit</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="249"/>
        <source>&amp;First edit</source>
        <translation>&amp;Erstes Edit</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="251"/>
        <source>&amp;Last edit</source>
        <translation>&amp;Letztes Edit</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="252"/>
        <source>Next &amp;flagged edit</source>
        <translation>Nächstes &amp;markiertes Edit</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="254"/>
        <source>Previous flagged edit</source>
        <translation>Vorheriges mar&amp;kiertes Edit</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="257"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="261"/>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="264"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="267"/>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="269"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="269"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="269"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="279"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="280"/>
        <source>Layer &amp;statistics…</source>
        <translation>Schicht&amp;statistiken…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="283"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="284"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="286"/>
        <source>&amp;About EditScope</source>
        <translation>&amp;Über EditScope</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="288"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="296"/>
        <source> Run: </source>
        <translation> Lauf: </translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="322"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="323"/>
        <source>Disabling edits</source>
        <translation>Lahmlegende Edits</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="326"/>
        <source>Edit inspector</source>
        <translation>Edit-Inspektor</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="349"/>
        <source>step %1 / %2 · %3</source>
        <translation>Schritt %1 / %2 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="353"/>
        <source>elapsed %1, ETA %2</source>
        <translation>vergangen %1, verbleibend %2</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="381"/>
        <source>#%1 %2 · %3 · %4 steps · %5</source>
        <translation>#%1 %2 · %3 · %4 Schritte · %5</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="386"/>
        <source> (branch of #%1 after its step %2)</source>
        <translation> (Zweig von #%1 nach dessen Schritt %2)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="403"/>
        <source>%1 — EditScope</source>
        <translation>%1 — EditScope</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="406"/>
        <source>%1 holds no run yet; it is shown as soon as one is stored.</source>
        <translation>%1 enthält noch keinen Lauf; er wird angezeigt, sobald einer gespeichert ist.</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="408"/>
        <source>The model folder of this run moved or was deleted (%1): the stored results are shown, but the run cannot be resumed from here.</source>
        <translation>Der Modellordner dieses Laufs wurde verschoben oder gelöscht (%1): Die gespeicherten Ergebnisse werden angezeigt, aber der Lauf kann von hier aus nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="427"/>
        <source>Select the step to branch from first.</source>
        <translation>Wählen Sie zuerst den Schritt, ab dem verzweigt werden soll.</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="477"/>
        <source>Demo world</source>
        <translation>Demo-Welt</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="481"/>
        <source>Demo world: %1 %2%, ETA %3</source>
        <translation>Demo-Welt: %1 %2 %, verbleibend %3</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="485"/>
        <source>The demo world is ready.</source>
        <translation>Die Demo-Welt ist bereit.</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="492"/>
        <source>Building the demo world was cancelled.</source>
        <translation>Der Aufbau der Demo-Welt wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="494"/>
        <source>starting</source>
        <translation>wird gestartet</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="516"/>
        <source>Open run file</source>
        <translation>Laufdatei öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="516"/>
        <location filename="../widgets/main_window_analysis.cpp" line="122"/>
        <source>Run files (*.db);;All files (*)</source>
        <translation>Laufdateien (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="543"/>
        <source>Clear the list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="571"/>
        <source>A run is computing</source>
        <translation>Ein Lauf rechnet noch</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="572"/>
        <source>Stop the run and quit? The steps stored so far stay in the run file, and the run can be resumed later.</source>
        <translation>Lauf stoppen und beenden? Die bisher gespeicherten Schritte bleiben in der Laufdatei, und der Lauf kann später fortgesetzt werden.</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="622"/>
        <source>Export every figure into a folder</source>
        <translation>Alle Abbildungen in einen Ordner exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="627"/>
        <source>Export figures</source>
        <translation>Abbildungen exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="627"/>
        <source>PNG resolution (DPI)</source>
        <translation>PNG-Auflösung (DPI)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="634"/>
        <source>Wrote %1 files into %2</source>
        <translation>%1 Dateien nach %2 geschrieben</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="641"/>
        <source>Export the dashboard as one PDF</source>
        <translation>Dashboard als eine PDF-Datei exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="643"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="648"/>
        <location filename="../widgets/main_window.cpp" line="665"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="655"/>
        <source>Export the visible data as CSV</source>
        <translation>Sichtbare Daten als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="657"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="662"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="671"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="674"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="674"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="685"/>
        <source>Plots: drag to pan, wheel to zoom the x axis (all plots follow)</source>
        <translation>Diagramme: Ziehen verschiebt, Rad zoomt x-Achse (alle folgen)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="686"/>
        <source>Plots: click a point to select its edit</source>
        <translation>Diagramme: Klick auf einen Punkt wählt sein Edit aus</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="686"/>
        <source>Steps table: type in the filter; &quot;flag:&quot; shows flagged edits</source>
        <translation>Schritttabelle: Filter eingeben; „flag:“ zeigt markierte Edits</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="691"/>
        <source>mouse</source>
        <translation>Maus</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="705"/>
        <source>no run open</source>
        <translation>kein Lauf geöffnet</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="710"/>
        <source>%1 (weights SHA-256 %2…)</source>
        <translation>%1 (Gewichte SHA-256 %2…)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="712"/>
        <source>About EditScope</source>
        <translation>Über EditScope</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="713"/>
        <source>&lt;h3&gt;EditScope %1&lt;/h3&gt;&lt;p&gt;A workbench for sequential knowledge editing (ROME, r-ROME, MEMIT).&lt;/p&gt;&lt;p&gt;Qt %2 · libtorch %3 · %4 compute threads&lt;/p&gt;&lt;p&gt;Model: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EditScope %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank für sequenzielle Wissensbearbeitung (ROME, r-ROME, MEMIT).&lt;/p&gt;&lt;p&gt;Qt %2 · libtorch %3 · %4 Rechen-Threads&lt;/p&gt;&lt;p&gt;Modell: %5&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_analysis.cpp" line="68"/>
        <source>Try a prompt</source>
        <translation>Prompt ausprobieren</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_analysis.cpp" line="69"/>
        <source>Logit lens</source>
        <translation>Logit-Lens</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_analysis.cpp" line="70"/>
        <source>Causal trace</source>
        <translation>Kausales Tracing</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_analysis.cpp" line="71"/>
        <source>Retention map</source>
        <translation>Erhalt-Karte</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_analysis.cpp" line="85"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_analysis.cpp" line="121"/>
        <source>Add run files to compare</source>
        <translation>Laufdateien zum Vergleich hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_analysis.cpp" line="131"/>
        <source>Open a run first.</source>
        <translation>Öffnen Sie zuerst einen Lauf.</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_analysis.cpp" line="134"/>
        <source>Export the paper&apos;s figures into</source>
        <translation>Abbildungen des Papers exportieren nach</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_analysis.cpp" line="141"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/main_window_analysis.cpp" line="143"/>
        <source>%n file(s) written to %1 (pdflatex figures.tex builds the LaTeX version).</source>
        <translation>
            <numerusform>%n Datei nach %1 geschrieben (pdflatex figures.tex erzeugt die LaTeX-Fassung).</numerusform>
            <numerusform>%n Dateien nach %1 geschrieben (pdflatex figures.tex erzeugt die LaTeX-Fassung).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/main_window_analysis.cpp" line="173"/>
        <source>Open a run first: the new run takes its settings.</source>
        <translation>Öffnen Sie zuerst einen Lauf: Der neue Lauf übernimmt dessen Einstellungen.</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_analysis.cpp" line="185"/>
        <source>%1: cannot write the hparams copy (%2)</source>
        <translation>%1: Die Kopie der Hyperparameter kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_analysis.cpp" line="187"/>
        <source>Cannot prepare a run at layer %1: %2</source>
        <translation>Ein Lauf an Schicht %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_analysis.cpp" line="192"/>
        <source>%1 at layer %2</source>
        <translation>%1 an Schicht %2</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_analysis.cpp" line="229"/>
        <source>Remove the note on step %1</source>
        <translation>Notiz zu Schritt %1 entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_analysis.cpp" line="229"/>
        <location filename="../widgets/main_window_analysis.cpp" line="242"/>
        <source>Note on step %1</source>
        <translation>Notiz zu Schritt %1</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_analysis.cpp" line="238"/>
        <source>Select a step first.</source>
        <translation>Wählen Sie zuerst einen Schritt.</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_analysis.cpp" line="243"/>
        <source>Your note on this step (stored in the run file; empty removes it):</source>
        <translation>Ihre Notiz zu diesem Schritt (in der Laufdatei gespeichert; leer entfernt sie):</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="32"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="35"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="45"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="46"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="60"/>
        <source>Zoom to edits %1–%2</source>
        <translation>Auf Edits %1–%2 zoomen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="70"/>
        <source>Select step %1</source>
        <translation>Schritt %1 auswählen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="91"/>
        <source>Change smoothing or scale</source>
        <translation>Glättung oder Skala ändern</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="91"/>
        <source>Change the plots shown</source>
        <translation>Angezeigte Diagramme ändern</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="106"/>
        <source>Overlay a run</source>
        <translation>Lauf überlagern</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="106"/>
        <source>Change the overlaid runs</source>
        <translation>Überlagerte Läufe ändern</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="116"/>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="136"/>
        <source>&amp;Layouts</source>
        <translation>Lay&amp;outs</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="146"/>
        <source>%1 (built in)</source>
        <translation>%1 (integriert)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="151"/>
        <source>&amp;Save current layout as…</source>
        <translation>Aktuelles Layout &amp;speichern unter…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="153"/>
        <location filename="../widgets/main_window_history.cpp" line="156"/>
        <source>Save layout</source>
        <translation>Layout speichern</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="153"/>
        <source>Name of this layout:</source>
        <translation>Name dieses Layouts:</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="156"/>
        <source>“%1” is a built-in layout or an empty name; choose another name.</source>
        <translation>„%1“ ist ein integriertes Layout oder ein leerer Name; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="158"/>
        <source>&amp;Delete layout</source>
        <translation>Layout &amp;löschen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="168"/>
        <source>Layout “%1” saved.</source>
        <translation>Layout „%1“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="176"/>
        <source>No layout named “%1”.</source>
        <translation>Kein Layout namens „%1“.</translation>
    </message>
</context>
<context>
    <name>editscope::NeighborhoodPlot</name>
    <message>
        <location filename="../widgets/score_plots.h" line="73"/>
        <source>Neighborhood (specificity)</source>
        <translation>Nachbarschaft (Spezifität)</translation>
    </message>
</context>
<context>
    <name>editscope::NewRunDialog</name>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="49"/>
        <source>New run</source>
        <translation>Neuer Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="52"/>
        <source>Model and edits</source>
        <translation>Modell und Edits</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="60"/>
        <source>Model folder</source>
        <translation>Modellordner</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="61"/>
        <source>Dataset (CounterFact JSON)</source>
        <translation>Datensatz (CounterFact-JSON)</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="61"/>
        <location filename="../widgets/new_run_dialog.cpp" line="67"/>
        <location filename="../widgets/new_run_dialog.cpp" line="103"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="63"/>
        <source>ROME</source>
        <translation>ROME</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="64"/>
        <source>r-ROME</source>
        <translation>r-ROME</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="65"/>
        <source>MEMIT</source>
        <translation>MEMIT</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="66"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="67"/>
        <source>Hyperparameters</source>
        <translation>Hyperparameter</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="72"/>
        <source>Statistics folder</source>
        <translation>Statistikordner</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="73"/>
        <source>Statistics corpus</source>
        <translation>Statistikkorpus</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="73"/>
        <source>Text (*.txt *.jsonl)</source>
        <translation>Text (*.txt *.jsonl)</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="77"/>
        <location filename="../widgets/new_run_dialog.cpp" line="309"/>
        <source>Compute missing statistics</source>
        <translation>Fehlende Statistiken berechnen</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="89"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="92"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="93"/>
        <source>all records</source>
        <translation>alle Einträge</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="94"/>
        <source>Number of edits</source>
        <translation>Anzahl der Edits</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="96"/>
        <source>Requests per edit call (MEMIT batches; the paper edits one at a time)</source>
        <translation>Anfragen pro Edit-Aufruf (MEMIT bündelt sie; das Paper bearbeitet eine nach der anderen)</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="97"/>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="99"/>
        <source>Seed (order, templates, samplers)</source>
        <translation>Seed (Reihenfolge, Vorlagen, Sampler)</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="101"/>
        <source>empty: shuffled with the seed</source>
        <translation>leer: mit dem Seed gemischt</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="104"/>
        <source>Order file</source>
        <translation>Reihenfolgedatei</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="107"/>
        <source>Order sample key</source>
        <translation>Stichprobenschlüssel</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="108"/>
        <location filename="../widgets/new_run_dialog.cpp" line="110"/>
        <location filename="../widgets/new_run_dialog.cpp" line="118"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="109"/>
        <source>Retention every (steps)</source>
        <translation>Erhalt prüfen alle (Schritte)</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="111"/>
        <source>Downstream every (steps)</source>
        <translation>Nachgelagerte Aufgaben alle (Schritte)</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="115"/>
        <source>Downstream folder</source>
        <translation>Ordner der nachgelagerten Aufgaben</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="117"/>
        <source>Downstream examples per class</source>
        <translation>Beispiele pro Klasse (nachgelagert)</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="119"/>
        <source>Generation every (steps)</source>
        <translation>Texte generieren alle (Schritte)</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="122"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="123"/>
        <source>Pause when the detector flags a step</source>
        <translation>Pausieren, wenn der Detektor einen Schritt markiert</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="127"/>
        <source>Run files (*.db)</source>
        <translation>Laufdateien (*.db)</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="128"/>
        <source>Run file</source>
        <translation>Laufdatei</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="132"/>
        <source>Start run</source>
        <translation>Lauf starten</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="154"/>
        <source>Browse</source>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="158"/>
        <source>Choose a folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="159"/>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="226"/>
        <source>Model folder: no config.json in &apos;%1&apos;</source>
        <translation>Modellordner: keine config.json in „%1“</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="231"/>
        <source>Dataset: no such file &apos;%1&apos;</source>
        <translation>Datensatz: Datei „%1“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="244"/>
        <source>Edits layer(s) %1 of %2 (width %3).</source>
        <translation>Bearbeitet Schicht(en) %1 von %2 (Breite %3).</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="256"/>
        <source>layer %1: found %2</source>
        <translation>Schicht %1: %2 gefunden</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="256"/>
        <source>layer %1: missing %2</source>
        <translation>Schicht %1: %2 fehlt</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="261"/>
        <source>Statistics: missing (compute them with the button)</source>
        <translation>Statistiken: fehlen (mit der Schaltfläche berechnen)</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="267"/>
        <source>This configuration reads no statistics.</source>
        <translation>Diese Konfiguration liest keine Statistiken.</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="270"/>
        <source>Choose a model folder to check the hyperparameters against it.</source>
        <translation>Wählen Sie einen Modellordner, um die Hyperparameter daran zu prüfen.</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="274"/>
        <source>Order file: no such file</source>
        <translation>Reihenfolgedatei: Datei existiert nicht</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="276"/>
        <source>Downstream folder: not a folder</source>
        <translation>Ordner der nachgelagerten Aufgaben: kein Ordner</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="278"/>
        <source>Run file: choose where the run is stored</source>
        <translation>Laufdatei: Wählen Sie, wo der Lauf gespeichert wird</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="281"/>
        <source>Choose the corpus the statistics are computed over</source>
        <translation>Wählen Sie den Korpus, über den die Statistiken berechnet werden</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="293"/>
        <source>Layer statistics</source>
        <translation>Schichtstatistiken</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="297"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="301"/>
        <source>%1, ETA %2 s</source>
        <translation>%1, noch %2 s</translation>
    </message>
</context>
<context>
    <name>editscope::NllChart</name>
    <message>
        <location filename="../widgets/nll_chart.cpp" line="49"/>
        <source>target_true, before</source>
        <translation>target_true, vorher</translation>
    </message>
    <message>
        <location filename="../widgets/nll_chart.cpp" line="49"/>
        <source>target_true, after</source>
        <translation>target_true, nachher</translation>
    </message>
    <message>
        <location filename="../widgets/nll_chart.cpp" line="49"/>
        <source>target_new, before</source>
        <translation>target_new, vorher</translation>
    </message>
    <message>
        <location filename="../widgets/nll_chart.cpp" line="49"/>
        <source>target_new, after</source>
        <translation>target_new, nachher</translation>
    </message>
    <message>
        <location filename="../widgets/nll_chart.cpp" line="66"/>
        <source>NLL (nats)</source>
        <translation>NLL (nats)</translation>
    </message>
    <message>
        <location filename="../widgets/nll_chart.cpp" line="158"/>
        <source>%1 prompts: mean NLL of %2 = %3</source>
        <translation>Prompts (%1): mittlere NLL von %2 = %3</translation>
    </message>
    <message>
        <location filename="../widgets/nll_chart.cpp" line="161"/>
        <source>  %1 — %2</source>
        <translation>  %1 — %2</translation>
    </message>
</context>
<context>
    <name>editscope::NormPlot</name>
    <message>
        <location filename="../widgets/norm_plot.cpp" line="17"/>
        <source>‖W − W₀‖_F (drift)</source>
        <translation>‖W − W₀‖_F (Drift)</translation>
    </message>
    <message>
        <location filename="../widgets/norm_plot.cpp" line="18"/>
        <source>‖W‖_F (weight)</source>
        <translation>‖W‖_F (Gewicht)</translation>
    </message>
    <message>
        <location filename="../widgets/norm_plot.cpp" line="19"/>
        <source>‖ΔW‖_F (this edit)</source>
        <translation>‖ΔW‖_F (dieses Edit)</translation>
    </message>
    <message>
        <location filename="../widgets/norm_plot.cpp" line="20"/>
        <source>‖W − W₀‖_F / numel</source>
        <translation>‖W − W₀‖_F / numel</translation>
    </message>
    <message>
        <location filename="../widgets/norm_plot.cpp" line="21"/>
        <source>Which norm of the edited layers to plot</source>
        <translation>Welche Norm der bearbeiteten Schichten dargestellt wird</translation>
    </message>
    <message>
        <location filename="../widgets/norm_plot.cpp" line="56"/>
        <source>‖W − W₀‖_F</source>
        <translation>‖W − W₀‖_F</translation>
    </message>
    <message>
        <location filename="../widgets/norm_plot.cpp" line="57"/>
        <source>‖W‖_F</source>
        <translation>‖W‖_F</translation>
    </message>
    <message>
        <location filename="../widgets/norm_plot.cpp" line="58"/>
        <source>‖ΔW‖_F of the step</source>
        <translation>‖ΔW‖_F des Schritts</translation>
    </message>
    <message>
        <location filename="../widgets/norm_plot.cpp" line="59"/>
        <source>‖W − W₀‖_F / numel(W)</source>
        <translation>‖W − W₀‖_F / numel(W)</translation>
    </message>
    <message>
        <location filename="../widgets/norm_plot.cpp" line="105"/>
        <source>layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <location filename="../widgets/norm_plot.h" line="26"/>
        <source>Edited-layer norms</source>
        <translation>Normen der bearbeiteten Schichten</translation>
    </message>
</context>
<context>
    <name>editscope::ParaphrasePlot</name>
    <message>
        <location filename="../widgets/score_plots.h" line="65"/>
        <source>Paraphrase (generalisation)</source>
        <translation>Paraphrase (Generalisierung)</translation>
    </message>
</context>
<context>
    <name>editscope::PromptColumnView</name>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="150"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="150"/>
        <source>Next token</source>
        <translation>Nächstes Token</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="150"/>
        <source>vs base</source>
        <translation>vs. Basis</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="150"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="151"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="151"/>
        <source>The token (␣ is a space)</source>
        <translation>Das Token (␣ ist ein Leerzeichen)</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="151"/>
        <source>Rank in the base model&apos;s top 10 (new: not among them)</source>
        <translation>Rang unter den Top 10 des Basismodells (neu: nicht darunter)</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="152"/>
        <source>Probability of the next token</source>
        <translation>Wahrscheinlichkeit des nächsten Tokens</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="155"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="155"/>
        <source>NLL</source>
        <translation>NLL</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="155"/>
        <source>argmax</source>
        <translation>argmax</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="155"/>
        <source>Δ vs base</source>
        <translation>Δ vs. Basis</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="156"/>
        <source>Target (scored as &quot; &quot; + target)</source>
        <translation>Ziel (bewertet als &quot; &quot; + Ziel)</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="156"/>
        <source>Mean NLL per target token, nats</source>
        <translation>Mittlere NLL pro Ziel-Token, nats</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="157"/>
        <source>✓: every target token is the argmax under teacher forcing</source>
        <translation>✓: Jedes Ziel-Token ist unter Teacher Forcing der Argmax</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="157"/>
        <source>NLL minus the base model&apos;s</source>
        <translation>NLL minus der des Basismodells</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="166"/>
        <source>Greedy</source>
        <translation>Greedy</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="168"/>
        <source>Sampled</source>
        <translation>Gesampelt</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="170"/>
        <source>Top 10 next tokens</source>
        <translation>Top 10 der nächsten Tokens</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="172"/>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="242"/>
        <source>Top token changed: %1 → %2</source>
        <translation>Top-Token geändert: %1 → %2</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="244"/>
        <source>Greedy continuation differs from the base model&apos;s</source>
        <translation>Greedy-Fortsetzung weicht von der des Basismodells ab</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="260"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="260"/>
        <source>Not among the base model&apos;s top %1</source>
        <translation>Nicht unter den Top %1 des Basismodells</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="262"/>
        <source>Same rank as in the base model</source>
        <translation>Gleicher Rang wie im Basismodell</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="265"/>
        <source>Rank %1 in the base model</source>
        <translation>Rang %1 im Basismodell</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="269"/>
        <source>token id %1</source>
        <translation>Token-ID %1</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="284"/>
        <source>Base model: %1</source>
        <translation>Basismodell: %1</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="289"/>
        <source>Tokens: %1</source>
        <translation>Tokens: %1</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="290"/>
        <source>exp(−NLL) = %1</source>
        <translation>exp(−NLL) = %1</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="292"/>
        <source>Every target token is the argmax</source>
        <translation>Jedes Ziel-Token ist der Argmax</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="292"/>
        <source>Not the argmax</source>
        <translation>Nicht der Argmax</translation>
    </message>
</context>
<context>
    <name>editscope::PromptPane</name>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="34"/>
        <source>Type a prompt, e.g. &quot;The Eiffel Tower is located in&quot;</source>
        <translation>Prompt eingeben, z. B. &quot;The Eiffel Tower is located in&quot;</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="37"/>
        <source>targets, comma-separated (optional)</source>
        <translation>Ziele, kommagetrennt (optional)</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="38"/>
        <source>The mean NLL of &quot; &quot; + target after the prompt is shown for each target, as ROME scores it</source>
        <translation>Für jedes Ziel wird die mittlere NLL von &quot; &quot; + Ziel nach dem Prompt gezeigt, so wie ROME bewertet</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="41"/>
        <source>Seed of the sampled continuation (top-k %1)</source>
        <translation>Seed der gesampelten Fortsetzung (Top-k %1)</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="45"/>
        <source>Tokens per continuation, prompt included (capped at the model&apos;s context)</source>
        <translation>Tokens pro Fortsetzung, einschließlich Prompt (begrenzt auf den Kontext des Modells)</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="46"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="47"/>
        <source>Probe the three models (Ctrl+Return)</source>
        <translation>Die drei Modelle abfragen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="49"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="52"/>
        <source>Edit&apos;s prompt</source>
        <translation>Prompt des Edits</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="53"/>
        <source>Use the selected edit&apos;s rewrite prompt and its targets; the arrow lists its paraphrase and neighbourhood prompts</source>
        <translation>Umschreibungs-Prompt und Ziele des gewählten Edits verwenden; der Pfeil listet seine Paraphrasen- und Nachbarschafts-Prompts auf</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="58"/>
        <source>Prompt:</source>
        <translation>Prompt:</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="61"/>
        <source>Targets:</source>
        <translation>Ziele:</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="63"/>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="65"/>
        <source>Length:</source>
        <translation>Länge:</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="198"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="233"/>
        <source>Open a run file first: the models are rebuilt from its stored edits.</source>
        <translation>Öffnen Sie zuerst eine Laufdatei: Die Modelle werden aus ihren gespeicherten Edits rekonstruiert.</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="235"/>
        <source>No model source.</source>
        <translation>Keine Modellquelle.</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="237"/>
        <source>Type a prompt first.</source>
        <translation>Geben Sie zuerst einen Prompt ein.</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="255"/>
        <source>Waiting…</source>
        <translation>Warten…</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="270"/>
        <source>Try a prompt</source>
        <translation>Prompt ausprobieren</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="279"/>
        <source>Rebuilding the model…</source>
        <translation>Modell wird rekonstruiert…</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="285"/>
        <source>Probing…</source>
        <translation>Abfrage läuft…</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="394"/>
        <source>Select an edit first (a step in the table or a plot).</source>
        <translation>Wählen Sie zuerst ein Edit (einen Schritt in der Tabelle oder einem Diagramm).</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="411"/>
        <source>No edit selected</source>
        <translation>Kein Edit gewählt</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="418"/>
        <source>Step %1: %2 — %3 → %4</source>
        <translation>Schritt %1: %2 — %3 → %4</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="420"/>
        <source>Paraphrases</source>
        <translation>Paraphrasen</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="420"/>
        <source>Neighbourhood (should not change)</source>
        <translation>Nachbarschaft (sollte sich nicht ändern)</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="424"/>
        <source>Targets: %1, %2</source>
        <translation>Ziele: %1, %2</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="436"/>
        <source>Base model</source>
        <translation>Basismodell</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="436"/>
        <source>unedited (step 0)</source>
        <translation>unbearbeitet (Schritt 0)</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="441"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="442"/>
        <source> (+%1)</source>
        <translation> (+%1)</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="444"/>
        <source>After step %1</source>
        <translation>Nach Schritt %1</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="444"/>
        <source>After step — (select a step)</source>
        <translation>Nach Schritt — (Schritt wählen)</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="447"/>
        <source>Current (step %1)</source>
        <translation>Aktuell (Schritt %1)</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="447"/>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="448"/>
        <source>after %1 edits</source>
        <translation>nach %1 Edits</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="474"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="476"/>
        <source>%1 s · %2 prompt tokens</source>
        <translation>%1 s · %2 Prompt-Tokens</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="478"/>
        <source>Select a step to compare.</source>
        <translation>Wählen Sie einen Schritt zum Vergleich.</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="480"/>
        <source>Type a prompt and press Run.</source>
        <translation>Geben Sie einen Prompt ein und klicken Sie auf „Ausführen“.</translation>
    </message>
</context>
<context>
    <name>editscope::RetentionMap</name>
    <message>
        <location filename="../widgets/retention_map.cpp" line="48"/>
        <location filename="../widgets/retention_map.cpp" line="156"/>
        <source>not yet edited</source>
        <translation>noch nicht bearbeitet</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="49"/>
        <source>not evaluated</source>
        <translation>nicht ausgewertet</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="50"/>
        <location filename="../widgets/retention_map.cpp" line="156"/>
        <source>recalled</source>
        <translation>erinnert</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="51"/>
        <location filename="../widgets/retention_map.cpp" line="156"/>
        <source>forgotten</source>
        <translation>vergessen</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="64"/>
        <source>Still known means:</source>
        <translation>Noch bekannt heißt:</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="66"/>
        <source>Efficacy: P(new) &gt; P(true) on the rewrite prompt (ES = 1)</source>
        <translation>Wirksamkeit: P(new) &gt; P(true) beim Umschreibungs-Prompt (ES = 1)</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="68"/>
        <source>Rewrite accuracy: every new token the argmax (the paper&apos;s)</source>
        <translation>Umschreibungsgenauigkeit: Jedes neue Token ist der Argmax (wie im Paper)</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="73"/>
        <location filename="../widgets/retention_map.cpp" line="470"/>
        <location filename="../widgets/retention_map.cpp" line="479"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="77"/>
        <source>Figure as %1…</source>
        <translation>Abbildung als %1…</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="78"/>
        <source>Cells as CSV…</source>
        <translation>Zellen als CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="79"/>
        <source>Histogram as CSV…</source>
        <translation>Histogramm als CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="143"/>
        <source>Number of edits at the retention evaluation</source>
        <translation>Anzahl der Edits bei der Erhaltsauswertung</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="144"/>
        <source>Edited facts (edit number)</source>
        <translation>Bearbeitete Fakten (Edit-Nummer)</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="156"/>
        <source>edited, not evaluated</source>
        <translation>bearbeitet, nicht ausgewertet</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="164"/>
        <source>forget index</source>
        <translation>Vergessensindex</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="177"/>
        <source>Forgetting length: edits from a fact&apos;s edit to its forget index</source>
        <translation>Vergessenslänge: Edits vom Edit eines Fakts bis zu seinem Vergessensindex</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="178"/>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="214"/>
        <source>No run is open.</source>
        <translation>Kein Lauf geöffnet.</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="225"/>
        <source>This run has no retention evaluations yet (they run every &quot;retention every&quot; steps).</source>
        <translation>Dieser Lauf hat noch keine Erhaltsauswertungen (sie erfolgen gemäß „Erhalt prüfen alle (Schritte)“).</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="286"/>
        <source>ES = 1</source>
        <translation>ES = 1</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="286"/>
        <source>rewrite accuracy = 1</source>
        <translation>Umschreibungsgenauigkeit = 1</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="287"/>
        <source>%1 (still known: %2)</source>
        <translation>%1 (noch bekannt: %2)</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="326"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="336"/>
        <source>Forgetting length: no learned fact forgotten yet</source>
        <translation>Vergessenslänge: noch kein gelernter Fakt vergessen</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="337"/>
        <source>Forgetting length (n = %1 learned facts later forgotten): mean %2, std %3 edits</source>
        <translation>Vergessenslänge (n = %1 gelernte, später vergessene Fakten): Mittel %2, Std.-Abw. %3 Edits</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="341"/>
        <source>never forgotten: %1</source>
        <translation>nie vergessen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="343"/>
        <source>not learned by their edit (not counted): %1</source>
        <translation>durch ihr Edit nicht gelernt (nicht gezählt): %1</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="345"/>
        <source>not re-evaluated since their edit: %1</source>
        <translation>seit ihrem Edit nicht erneut ausgewertet: %1</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="396"/>
        <source>&lt;b&gt;Case %1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;Fall %1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="396"/>
        <source>(no subject)</source>
        <translation>(kein Subjekt)</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="397"/>
        <source>Edited at step %1 (edit %2)</source>
        <translation>Bearbeitet in Schritt %1 (Edit %2)</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="400"/>
        <source>At step %1 (%2 edits): %3%4</source>
        <translation>In Schritt %1 (%2 Edits): %3%4</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="404"/>
        <source>, value %1</source>
        <translation>, Wert %1</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="406"/>
        <source>Forget index: step %1 (%2 edits), %3 edits after its edit</source>
        <translation>Vergessensindex: Schritt %1 (%2 Edits), %3 Edits nach seinem Edit</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="411"/>
        <source>Forget index: none (not forgotten by the last evaluation)</source>
        <translation>Vergessensindex: keiner (bei der letzten Auswertung nicht vergessen)</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="413"/>
        <source>Not learned by its own edit (post value %1)</source>
        <translation>Durch das eigene Edit nicht gelernt (Wert danach %1)</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="471"/>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.h" line="68"/>
        <source>Retention of edited facts</source>
        <translation>Erhalt bearbeiteter Fakten</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map_export.cpp" line="81"/>
        <source>%1: could not write the file (%2)</source>
        <translation>%1: Die Datei konnte nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map_export.cpp" line="201"/>
        <source>unknown figure format &quot;%1&quot; (png, pdf or svg)</source>
        <translation>unbekanntes Abbildungsformat „%1“ (png, pdf oder svg)</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map_export.cpp" line="203"/>
        <source>DPI %1 is outside 24..1200</source>
        <translation>DPI %1 liegt außerhalb von 24..1200</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map_export.cpp" line="205"/>
        <source>%1: the folder does not exist</source>
        <translation>%1: Der Ordner existiert nicht</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map_export.cpp" line="227"/>
        <source>EditScope figure: retention of edited facts and forgetting lengths</source>
        <translation>EditScope-Abbildung: Erhalt bearbeiteter Fakten und Vergessenslängen</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map_export.cpp" line="242"/>
        <source>%1: could not write the %2 file</source>
        <translation>%1: Die %2-Datei konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>editscope::RetentionPlot</name>
    <message>
        <location filename="../widgets/retention_plot.cpp" line="22"/>
        <source>still recalled (ES = 1)</source>
        <translation>noch erinnert (ES = 1)</translation>
    </message>
    <message>
        <location filename="../widgets/retention_plot.cpp" line="29"/>
        <source>mean ES of earlier edits</source>
        <translation>mittlere ES früherer Edits</translation>
    </message>
    <message>
        <location filename="../widgets/retention_plot.h" line="15"/>
        <source>Retention of earlier edits</source>
        <translation>Erhalt früherer Edits</translation>
    </message>
    <message>
        <location filename="../widgets/retention_plot.h" line="16"/>
        <source>Earlier edits (%)</source>
        <translation>Frühere Edits (%)</translation>
    </message>
</context>
<context>
    <name>editscope::RunDocument</name>
    <message>
        <location filename="../widgets/run_document.cpp" line="161"/>
        <source>%1: the file was deleted or moved while open; the data shown is what was read before</source>
        <translation>%1: Die Datei wurde gelöscht oder verschoben, während sie geöffnet war; angezeigt werden die zuvor gelesenen Daten</translation>
    </message>
</context>
<context>
    <name>editscope::RunSet</name>
    <message>
        <location filename="../widgets/run_set.cpp" line="246"/>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <location filename="../widgets/run_set.cpp" line="320"/>
        <source>%1: run %2 cannot be read</source>
        <translation>%1: Lauf %2 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>editscope::RunTreeView</name>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="42"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="43"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="44"/>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="45"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="46"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="59"/>
        <source>Add run file…</source>
        <translation>Laufdatei hinzufügen…</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="60"/>
        <source>Open another run file to compare its runs with this one</source>
        <translation>Eine weitere Laufdatei öffnen, um ihre Läufe mit diesem zu vergleichen</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="69"/>
        <source>Check a run to overlay it on the plots; right-click for more</source>
        <translation>Lauf ankreuzen, um ihn in den Diagrammen zu überlagern; Rechtsklick für mehr</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="133"/>
        <source>from step %1</source>
        <translation>ab Schritt %1</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="149"/>
        <source>The run shown in the window</source>
        <translation>Der im Fenster gezeigte Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="151"/>
        <source>Branch of run %1 after its step %2</source>
        <translation>Zweig von Lauf %1 nach dessen Schritt %2</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="152"/>
        <source>%1, %2 steps, %3 edits, %4 flagged</source>
        <translation>%1, %2 Schritte, %3 Edits, %4 markiert</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="154"/>
        <source>Own smoothing: bucket %1, window %2</source>
        <translation>Eigene Glättung: Block %1, Fenster %2</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="199"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="199"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="199"/>
        <source>Edits</source>
        <translation>Edits</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="251"/>
        <source>&amp;Overlay on the plots</source>
        <translation>In den Diagrammen ü&amp;berlagern</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="257"/>
        <source>Show as &amp;primary</source>
        <translation>Als &amp;Hauptlauf zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="262"/>
        <source>&amp;Colour…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="265"/>
        <source>&amp;Smoothing…</source>
        <translation>&amp;Glättung…</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="271"/>
        <source>&amp;Remove file</source>
        <translation>Datei &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="274"/>
        <source>The file of the run shown in the window cannot be removed</source>
        <translation>Die Datei des im Fenster gezeigten Laufs kann nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="277"/>
        <source>&amp;Add run file…</source>
        <translation>Lauf&amp;datei hinzufügen…</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="285"/>
        <source>Add a run file to compare</source>
        <translation>Laufdatei zum Vergleich hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="286"/>
        <source>Run files (*.db *.sqlite);;All files (*)</source>
        <translation>Laufdateien (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="293"/>
        <source>Colour of %1</source>
        <translation>Farbe von %1</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="301"/>
        <source>Smoothing of %1</source>
        <translation>Glättung von %1</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="302"/>
        <source>Use the dashboard&apos;s smoothing</source>
        <translation>Glättung des Dashboards verwenden</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="307"/>
        <source> edits</source>
        <translation> Edits</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="308"/>
        <source> buckets</source>
        <translation> Blöcke</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="325"/>
        <source>&amp;Bucket:</source>
        <translation>&amp;Blockgröße:</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="326"/>
        <source>Moving &amp;window:</source>
        <translation>Gleitendes &amp;Fenster:</translation>
    </message>
</context>
<context>
    <name>editscope::ScorePlot</name>
    <message>
        <location filename="../widgets/score_plots.cpp" line="40"/>
        <source>%1 per edit</source>
        <translation>%1 pro Edit</translation>
    </message>
    <message>
        <location filename="../widgets/score_plots.cpp" line="81"/>
        <source>%1 bucket mean (%2)</source>
        <translation>%1 Blockmittel (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/score_plots.cpp" line="84"/>
        <source>%1 moving avg. (%2)</source>
        <translation>%1 gleit. Mittel (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/score_plots.h" line="32"/>
        <source>Score (×100)</source>
        <translation>Score (×100)</translation>
    </message>
</context>
<context>
    <name>editscope::StatisticsManager</name>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="72"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="90"/>
        <source>Layer statistics</source>
        <translation>Schichtstatistiken</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="96"/>
        <source>optional: list the files these hyperparameters read</source>
        <translation>optional: die von diesen Hyperparametern gelesenen Dateien auflisten</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="98"/>
        <source>plain text or .jsonl, for computing</source>
        <translation>reiner Text oder .jsonl, zum Berechnen</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="103"/>
        <source>Hyperparameters</source>
        <translation>Hyperparameter</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="106"/>
        <source>Model folder:</source>
        <translation>Modellordner:</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="106"/>
        <source>Model folder</source>
        <translation>Modellordner</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="107"/>
        <source>Statistics folder:</source>
        <translation>Statistikordner:</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="107"/>
        <source>Statistics folder</source>
        <translation>Statistikordner</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="108"/>
        <source>Hyperparameters:</source>
        <translation>Hyperparameter:</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="109"/>
        <source>Corpus:</source>
        <translation>Korpus:</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="109"/>
        <location filename="../widgets/statistics_manager.cpp" line="112"/>
        <source>Corpus</source>
        <translation>Korpus</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="112"/>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="112"/>
        <source>Samples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="112"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="112"/>
        <source>dtype</source>
        <translation>dtype</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="112"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="113"/>
        <source>λ min</source>
        <translation>λ min</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="113"/>
        <source>λ max</source>
        <translation>λ max</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="113"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="114"/>
        <source>Documents the moments were taken over (mom2_n_samples)</source>
        <translation>Dokumente, über die die Momente berechnet wurden (mom2_n_samples)</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="115"/>
        <source>Smallest eigenvalue of C = Σ k kᵀ / tokens: near 0, C⁻¹ is unstable</source>
        <translation>Kleinster Eigenwert von C = Σ k kᵀ / Tokens: nahe 0 ist C⁻¹ instabil</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="116"/>
        <source>Largest eigenvalue of C</source>
        <translation>Größter Eigenwert von C</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="132"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="133"/>
        <source>Validate</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="134"/>
        <source>Load every file and check it against the model: shape, finite values, symmetry, eigenvalues</source>
        <translation>Jede Datei laden und gegen das Modell prüfen: Form, endliche Werte, Symmetrie, Eigenwerte</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="135"/>
        <source>Compute missing…</source>
        <translation>Fehlende berechnen…</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="136"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="277"/>
        <source>invalid: %1</source>
        <translation>ungültig: %1</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="280"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="281"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="299"/>
        <source>Choose the model folder and the statistics folder.</source>
        <translation>Wählen Sie den Modellordner und den Statistikordner.</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="300"/>
        <source>No statistics for this model in %1.</source>
        <translation>Keine Statistiken für dieses Modell in %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/statistics_manager.cpp" line="302"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="303"/>
        <source>%1 valid, %2 invalid, %3 not checked</source>
        <translation>%1 gültig, %2 ungültig, %3 nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/statistics_manager.cpp" line="304"/>
        <source>%n missing for the hyperparameters</source>
        <translation>
            <numerusform>%n fehlt für die Hyperparameter</numerusform>
            <numerusform>%n fehlen für die Hyperparameter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="305"/>
        <source>★: read by the hyperparameters</source>
        <translation>★: von den Hyperparametern gelesen</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="332"/>
        <source>Compute chosen layers over the corpus</source>
        <translation>Gewählte Schichten über den Korpus berechnen</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="333"/>
        <source>Choose the corpus the statistics are computed over</source>
        <translation>Wählen Sie den Korpus, über den die Statistiken berechnet werden</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="350"/>
        <source>%1: %2, about %3 s left</source>
        <translation>%1: %2, noch etwa %3 s</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="351"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="358"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="359"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="412"/>
        <location filename="../widgets/statistics_manager.cpp" line="419"/>
        <location filename="../widgets/statistics_manager.cpp" line="426"/>
        <source>Validating</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="420"/>
        <source>%1 of %2, %3</source>
        <translation>%1 von %2, %3</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="426"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/statistics_manager.cpp" line="427"/>
        <source>Checked %n file(s).</source>
        <translation>
            <numerusform>%n Datei geprüft.</numerusform>
            <numerusform>%n Dateien geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="445"/>
        <location filename="../widgets/statistics_manager.cpp" line="446"/>
        <location filename="../widgets/statistics_manager.cpp" line="450"/>
        <source>Computing statistics</source>
        <translation>Statistiken werden berechnet</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="446"/>
        <source>loading the model and the corpus</source>
        <translation>Modell und Korpus werden geladen</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="451"/>
        <source>%1 / %2 documents, %3 tokens</source>
        <translation>%1 / %2 Dokumente, %3 Tokens</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="455"/>
        <source>layer %1 → %2 (%3)</source>
        <translation>Schicht %1 → %2 (%3)</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="496"/>
        <source>Compute layer statistics</source>
        <translation>Schichtstatistiken berechnen</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="499"/>
        <source>layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="511"/>
        <source>Over %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="512"/>
        <source>Layers:</source>
        <translation>Schichten:</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="513"/>
        <source>Documents (mom2_n_samples):</source>
        <translation>Dokumente (mom2_n_samples):</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="514"/>
        <source>Dataset name in the path:</source>
        <translation>Datensatzname im Pfad:</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="515"/>
        <source>Accumulation dtype:</source>
        <translation>Akkumulations-dtype:</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="517"/>
        <source>Compute</source>
        <translation>Berechnen</translation>
    </message>
</context>
<context>
    <name>editscope::StepFilter</name>
    <message>
        <location filename="../widgets/step_filter.cpp" line="133"/>
        <source>Words match subjects, prompts, targets, relation and case ids and flag names (all words must match).
flag:  flagged steps only    flag:NAME  steps with that detector criterion
case:N  that case id    step:N or step:A-B  step numbers
-TERM  negates a term (-flag: = unflagged steps)    &quot;a phrase&quot; keeps words together</source>
        <translation>Wörter passen auf Subjekte, Prompts, Ziele, Relations- und Fall-IDs sowie Markierungsnamen (alle Wörter müssen passen).
flag:  nur markierte Schritte    flag:NAME  Schritte mit diesem Detektorkriterium
case:N  diese Fall-ID    step:N oder step:A-B  Schrittnummern
-BEGRIFF  verneint einen Begriff (-flag: = nicht markierte Schritte)    &quot;eine Phrase&quot; hält Wörter zusammen</translation>
    </message>
</context>
<context>
    <name>editscope::StepsTableModel</name>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="59"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="63"/>
        <source>non-finite</source>
        <translation>nicht endlich</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="178"/>
        <source>Step %1 (%2 edits)</source>
        <translation>Schritt %1 (%2 Edits)</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="180"/>
        <source>Case %1%2</source>
        <translation>Fall %1%2</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="181"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="182"/>
        <source>  prompt: %1</source>
        <translation>  Prompt: %1</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="183"/>
        <source>  subject: %1</source>
        <translation>  Subjekt: %1</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="184"/>
        <source>  %1 → %2</source>
        <translation>  %1 → %2</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="186"/>
        <source>ES %1 · PS %2 · NS %3 · Σ‖ΔW‖ %4</source>
        <translation>ES %1 · PS %2 · NS %3 · Σ‖ΔW‖ %4</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="189"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="191"/>
        <source>⚠ a NaN or infinity appeared in the update or the edited weights</source>
        <translation>⚠ im Update oder in den bearbeiteten Gewichten trat NaN oder Unendlich auf</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="235"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="236"/>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="237"/>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="238"/>
        <source>target_true → target_new</source>
        <translation>target_true → target_new</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="239"/>
        <source>ES</source>
        <translation>ES</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="240"/>
        <source>PS</source>
        <translation>PS</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="241"/>
        <source>NS</source>
        <translation>NS</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="242"/>
        <source>‖ΔW‖</source>
        <translation>‖ΔW‖</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="243"/>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="249"/>
        <source>Edit call number (1-based); with batches, a step edits several facts</source>
        <translation>Nummer des Edit-Aufrufs (ab 1); mit Batches bearbeitet ein Schritt mehrere Fakten</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="250"/>
        <source>CounterFact case id(s) edited at this step</source>
        <translation>In diesem Schritt bearbeitete CounterFact-Fall-ID(s)</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="251"/>
        <source>Efficacy success after the edit: P(new) &gt; P(true) on the rewrite prompt (mean over the step&apos;s records)</source>
        <translation>Wirksamkeit nach dem Edit: P(new) &gt; P(true) beim Umschreibungs-Prompt (Mittel über die Einträge des Schritts)</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="252"/>
        <source>Paraphrase success after the edit (mean over the step&apos;s records)</source>
        <translation>Paraphrasen-Erfolg nach dem Edit (Mittel über die Einträge des Schritts)</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="253"/>
        <source>Neighborhood success after the edit: unrelated subjects keep P(true) &gt; P(new)</source>
        <translation>Nachbarschafts-Erfolg nach dem Edit: Nicht betroffene Subjekte behalten P(true) &gt; P(new)</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="254"/>
        <source>Σ over the edited layers of the Frobenius norm of this step&apos;s weight update</source>
        <translation>Σ der Frobeniusnormen des Gewichtsupdates dieses Schritts über die bearbeiteten Schichten</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="255"/>
        <source>Disabling-edit detector criteria that fired at this step</source>
        <translation>Kriterien des Detektors für lahmlegende Edits, die in diesem Schritt angeschlagen haben</translation>
    </message>
</context>
<context>
    <name>editscope::StepsView</name>
    <message>
        <location filename="../widgets/steps_view.cpp" line="63"/>
        <source>Filter: subject, target, case id… (flag: for flagged steps)</source>
        <translation>Filter: Subjekt, Ziel, Fall-ID… (flag: für markierte Schritte)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/steps_view.cpp" line="139"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/steps_view.cpp" line="139"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>editscope::WelcomePage</name>
    <message>
        <location filename="../widgets/welcome_page.cpp" line="21"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.cpp" line="23"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.cpp" line="24"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.cpp" line="33"/>
        <source>&lt;h2&gt;EditScope&lt;/h2&gt;&lt;p&gt;Sequential knowledge editing, one edit at a time.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;EditScope&lt;/h2&gt;&lt;p&gt;Sequenzielle Wissensbearbeitung, ein Edit nach dem anderen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.cpp" line="44"/>
        <source>New run on the demo world…</source>
        <translation>Neuer Lauf in der Demo-Welt…</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.cpp" line="45"/>
        <source>Build the demo world</source>
        <translation>Demo-Welt erstellen</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.cpp" line="46"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.cpp" line="47"/>
        <source>Open run file…</source>
        <translation>Laufdatei öffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.cpp" line="52"/>
        <source>Recent run files</source>
        <translation>Zuletzt geöffnete Laufdateien</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.cpp" line="74"/>
        <source>The demo world is ready in %1.</source>
        <translation>Die Demo-Welt liegt bereit in %1.</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.cpp" line="83"/>
        <source>The demo world is not built yet (%1).</source>
        <translation>Die Demo-Welt ist noch nicht erstellt (%1).</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.cpp" line="92"/>
        <source>Building the demo world: %1%2</source>
        <translation>Demo-Welt wird erstellt: %1%2</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.cpp" line="95"/>
        <source>%1: %p%, ETA %2</source>
        <translation>%1: %p %, noch %2</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.cpp" line="103"/>
        <source>The demo world could not be built: %1</source>
        <translation>Die Demo-Welt konnte nicht erstellt werden: %1</translation>
    </message>
</context>
</TS>

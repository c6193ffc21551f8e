<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui/main.cpp" line="51"/>
        <source>the file holds no run</source>
        <translation>die Datei enthält keinen Lauf</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="59"/>
        <source>--format: unknown format &apos;%1&apos; (png, pdf, svg)</source>
        <translation>--format: unbekanntes Format &apos;%1&apos; (png, pdf, svg)</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="107"/>
        <source>Workbench for sequential knowledge editing</source>
        <translation>Werkbank für sequenzielle Wissensbearbeitung</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="110"/>
        <source>a run file (.db) to open</source>
        <translation>zu öffnende Laufdatei (.db)</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="112"/>
        <source>the demo world folder (default: $EDITSCOPE_DEMO_WORLD or the user data folder)</source>
        <translation>Ordner der Demo-Welt (Standard: $EDITSCOPE_DEMO_WORLD oder der Benutzerdatenordner)</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="113"/>
        <source>do not build a missing demo world on start</source>
        <translation>fehlende Demo-Welt beim Start nicht erstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="114"/>
        <source>user interface language, e.g. de, zh_CN, en (default: the system locale)</source>
        <translation>Sprache der Oberfläche, z. B. de, zh_CN, en (Standard: Systemsprache)</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="115"/>
        <source>system, light or dark</source>
        <translation>system, light oder dark</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="116"/>
        <source>write every dashboard figure of a run into DIR and exit</source>
        <translation>alle Dashboard-Abbildungen eines Laufs nach DIR schreiben und beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="117"/>
        <source>with --export-figures: the run file</source>
        <translation>mit --export-figures: die Laufdatei</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="118"/>
        <source>with --export-figures: the run id (default: the file&apos;s last run)</source>
        <translation>mit --export-figures: die Lauf-ID (Standard: der letzte Lauf der Datei)</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="119"/>
        <source>with --export-figures: comma-separated formats</source>
        <translation>mit --export-figures: kommagetrennte Formate</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="120"/>
        <source>with --export-figures: PNG resolution</source>
        <translation>mit --export-figures: PNG-Auflösung</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="121"/>
        <source>with FILE.db: continue its run (--run, default the last) right away</source>
        <translation>mit FILE.db: deren Lauf (--run, Standard: der letzte) sofort fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="122"/>
        <source>with FILE.db: select this step when the file opens</source>
        <translation>mit FILE.db: diesen Schritt beim Öffnen der Datei auswählen</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="123"/>
        <source>with FILE.db: raise this panel: steps, disabling or inspector</source>
        <translation>mit FILE.db: dieses Panel in den Vordergrund holen: steps, disabling oder inspector</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="124"/>
        <source>time opening a run file and drawing its dashboard, then exit</source>
        <translation>Öffnen einer Laufdatei und Zeichnen ihres Dashboards zeitlich messen, dann beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="132"/>
        <source>--export-figures needs --db FILE</source>
        <translation>--export-figures braucht --db DATEI</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="150"/>
        <source>--view: no panel &apos;%1&apos; (steps, disabling, inspector)</source>
        <translation>--view: kein Bereich &apos;%1&apos; (steps, disabling, inspector)</translation>
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
    <name>editscope::Dashboard</name>
    <message>
        <location filename="../widgets/dashboard.cpp" line="33"/>
        <source>Log scale (norms)</source>
        <translation>Logarithmische Skala (Normen)</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="38"/>
        <source> edits</source>
        <translation> Edits</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="39"/>
        <source>Bucket size of the paper&apos;s smoothing: each dashed point is the mean of this many edits</source>
        <translation>Blockgröße der Glättung aus dem Paper: Jeder gestrichelte Punkt ist der Mittelwert über so viele Edits</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="42"/>
        <source> buckets</source>
        <translation> Blöcke</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="43"/>
        <source>Moving-average window over the bucket means (the solid lines)</source>
        <translation>Fenster des gleitenden Mittelwerts über die Blockmittelwerte (die durchgezogenen Linien)</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="44"/>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="45"/>
        <source>Show the whole run on every plot</source>
        <translation>Den gesamten Lauf in jedem Diagramm zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="46"/>
        <source>&amp;Bucket:</source>
        <translation>&amp;Blockgröße:</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="48"/>
        <source>Moving &amp;window:</source>
        <translation>Gleitendes &amp;Fenster:</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="128"/>
        <source>%1: cannot create the folder</source>
        <translation>%1: Der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="146"/>
        <source>%1: the folder does not exist</source>
        <translation>%1: Der Ordner existiert nicht</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="152"/>
        <source>EditScope dashboard</source>
        <translation>EditScope-Dashboard</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="159"/>
        <source>%1: could not write the PDF file</source>
        <translation>%1: Die PDF-Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="171"/>
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
        <location filename="../widgets/dashboard_plot.cpp" line="464"/>
        <source>Edits %1–%2 (mean of the bucket)</source>
        <translation>Edits %1–%2 (Mittelwert des Blocks)</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.cpp" line="466"/>
        <source>Step 0 (unedited model)</source>
        <translation>Schritt 0 (unbearbeitetes Modell)</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.cpp" line="466"/>
        <source>Step %1 · %2 edits</source>
        <translation>Schritt %1 · %2 Edits</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.cpp" line="472"/>
        <source>Case %1: %2</source>
        <translation>Fall %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.cpp" line="474"/>
        <source>Subject: %1</source>
        <translation>Subjekt: %1</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.cpp" line="476"/>
        <source>Value: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot_export.cpp" line="199"/>
        <source>unknown figure format &quot;%1&quot; (png, pdf or svg)</source>
        <translation>unbekanntes Abbildungsformat „%1“ (png, pdf oder svg)</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot_export.cpp" line="201"/>
        <source>DPI %1 is outside 24..1200</source>
        <translation>DPI %1 liegt außerhalb von 24..1200</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot_export.cpp" line="203"/>
        <source>%1: the folder does not exist</source>
        <translation>%1: Der Ordner existiert nicht</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot_export.cpp" line="219"/>
        <source>EditScope figure: %1 against %2</source>
        <translation>EditScope-Abbildung: %1 über %2</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot_export.cpp" line="230"/>
        <source>%1: could not write the %2 file</source>
        <translation>%1: Die %2-Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.h" line="66"/>
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
        <location filename="../widgets/downstream_plot.cpp" line="20"/>
        <source>Invalid answers</source>
        <translation>Ungültige Antworten</translation>
    </message>
    <message>
        <location filename="../widgets/downstream_plot.cpp" line="52"/>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location filename="../widgets/downstream_plot.cpp" line="53"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../widgets/downstream_plot.cpp" line="54"/>
        <source>MCC</source>
        <translation>MCC</translation>
    </message>
    <message>
        <location filename="../widgets/downstream_plot.cpp" line="73"/>
        <source>%1 invalid answers</source>
        <translation>%1 ungültige Antworten</translation>
    </message>
    <message>
        <location filename="../widgets/downstream_plot.h" line="20"/>
        <source>Downstream tasks</source>
        <translation>Nachgelagerte Aufgaben</translation>
    </message>
    <message>
        <location filename="../widgets/downstream_plot.h" line="21"/>
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
        <location filename="../widgets/score_plots.h" line="52"/>
        <source>Efficacy of the edit just made</source>
        <translation>Wirksamkeit des gerade ausgeführten Edits</translation>
    </message>
</context>
<context>
    <name>editscope::EntropyPlot</name>
    <message>
        <location filename="../widgets/entropy_plot.cpp" line="22"/>
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
        <location filename="../widgets/main_window.cpp" line="212"/>
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
        <location filename="../widgets/main_window.cpp" line="209"/>
        <source>&amp;Close run file</source>
        <translation>Laufdatei &amp;schließen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="214"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="216"/>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="217"/>
        <source>&amp;Pause after this step</source>
        <translation>Nach diesem Schritt &amp;pausieren</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="219"/>
        <source>&amp;Step (one edit)</source>
        <translation>&amp;Einzelschritt (ein Edit)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="221"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="227"/>
        <source>S&amp;top</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="231"/>
        <source>&amp;Branch from the selected step…</source>
        <translation>&amp;Verzweigen ab dem gewählten Schritt…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="234"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="235"/>
        <source>&amp;Previous edit</source>
        <translation>&amp;Vorheriges Edit</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="237"/>
        <source>&amp;Next edit</source>
        <translation>&amp;Nächstes Edit</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="238"/>
        <source>&amp;First edit</source>
        <translation>&amp;Erstes Edit</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="240"/>
        <source>&amp;Last edit</source>
        <translation>&amp;Letztes Edit</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="241"/>
        <source>Next &amp;flagged edit</source>
        <translation>Nächstes &amp;markiertes Edit</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="243"/>
        <source>Previous flagged edit</source>
        <translation>Vorheriges mar&amp;kiertes Edit</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="246"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="250"/>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="252"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="255"/>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="257"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="257"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="257"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="267"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="268"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="270"/>
        <source>&amp;About EditScope</source>
        <translation>&amp;Über EditScope</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="272"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="280"/>
        <source> Run: </source>
        <translation> Lauf: </translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="306"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="307"/>
        <source>Disabling edits</source>
        <translation>Lahmlegende Edits</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="310"/>
        <source>Edit inspector</source>
        <translation>Edit-Inspektor</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="332"/>
        <source>step %1 / %2 · %3</source>
        <translation>Schritt %1 / %2 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="336"/>
        <source>elapsed %1, ETA %2</source>
        <translation>vergangen %1, verbleibend %2</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="364"/>
        <source>#%1 %2 · %3 · %4 steps · %5</source>
        <translation>#%1 %2 · %3 · %4 Schritte · %5</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="369"/>
        <source> (branch of #%1 after its step %2)</source>
        <translation> (Zweig von #%1 nach dessen Schritt %2)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="386"/>
        <source>%1 — EditScope</source>
        <translation>%1 — EditScope</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="389"/>
        <source>%1 holds no run yet; it is shown as soon as one is stored.</source>
        <translation>%1 enthält noch keinen Lauf; er wird angezeigt, sobald einer gespeichert ist.</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="391"/>
        <source>The model folder of this run moved or was deleted (%1): the stored results are shown, but the run cannot be resumed from here.</source>
        <translation>Der Modellordner dieses Laufs wurde verschoben oder gelöscht (%1): Die gespeicherten Ergebnisse werden angezeigt, aber der Lauf kann von hier aus nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="410"/>
        <source>Select the step to branch from first.</source>
        <translation>Wählen Sie zuerst den Schritt, ab dem verzweigt werden soll.</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="456"/>
        <source>Demo world</source>
        <translation>Demo-Welt</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="460"/>
        <source>Demo world: %1 %2%, ETA %3</source>
        <translation>Demo-Welt: %1 %2 %, verbleibend %3</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="464"/>
        <source>The demo world is ready.</source>
        <translation>Die Demo-Welt ist bereit.</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="471"/>
        <source>Building the demo world was cancelled.</source>
        <translation>Der Aufbau der Demo-Welt wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="473"/>
        <source>starting</source>
        <translation>wird gestartet</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="495"/>
        <source>Open run file</source>
        <translation>Laufdatei öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="495"/>
        <source>Run files (*.db);;All files (*)</source>
        <translation>Laufdateien (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="522"/>
        <source>Clear the list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="550"/>
        <source>A run is computing</source>
        <translation>Ein Lauf rechnet noch</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="551"/>
        <source>Stop the run and quit? The steps stored so far stay in the run file, and the run can be resumed later.</source>
        <translation>Lauf stoppen und beenden? Die bisher gespeicherten Schritte bleiben in der Laufdatei, und der Lauf kann später fortgesetzt werden.</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="601"/>
        <source>Export every figure into a folder</source>
        <translation>Alle Abbildungen in einen Ordner exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="606"/>
        <source>Export figures</source>
        <translation>Abbildungen exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="606"/>
        <source>PNG resolution (DPI)</source>
        <translation>PNG-Auflösung (DPI)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="613"/>
        <source>Wrote %1 files into %2</source>
        <translation>%1 Dateien nach %2 geschrieben</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="620"/>
        <source>Export the dashboard as one PDF</source>
        <translation>Dashboard als eine PDF-Datei exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="622"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="627"/>
        <location filename="../widgets/main_window.cpp" line="644"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="634"/>
        <source>Export the visible data as CSV</source>
        <translation>Sichtbare Daten als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="636"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="641"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="650"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="653"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="653"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="664"/>
        <source>Plots: drag to pan, wheel to zoom the x axis (all plots follow)</source>
        <translation>Diagramme: Ziehen verschiebt, Rad zoomt x-Achse (alle folgen)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="665"/>
        <source>Plots: click a point to select its edit</source>
        <translation>Diagramme: Klick auf einen Punkt wählt sein Edit aus</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="665"/>
        <source>Steps table: type in the filter; &quot;flag:&quot; shows flagged edits</source>
        <translation>Schritttabelle: Filter eingeben; „flag:“ zeigt markierte Edits</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="670"/>
        <source>mouse</source>
        <translation>Maus</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="684"/>
        <source>no run open</source>
        <translation>kein Lauf geöffnet</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="689"/>
        <source>%1 (weights SHA-256 %2…)</source>
        <translation>%1 (Gewichte SHA-256 %2…)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="691"/>
        <source>About EditScope</source>
        <translation>Über EditScope</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="692"/>
        <source>&lt;h3&gt;EditScope %1&lt;/h3&gt;&lt;p&gt;A workbench for sequential knowledge editing (ROME, r-ROME, MEMIT).&lt;/p&gt;&lt;p&gt;Qt %2 · libtorch %3 · %4 compute threads&lt;/p&gt;&lt;p&gt;Model: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EditScope %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank für sequenzielle Wissensbearbeitung (ROME, r-ROME, MEMIT).&lt;/p&gt;&lt;p&gt;Qt %2 · libtorch %3 · %4 Rechen-Threads&lt;/p&gt;&lt;p&gt;Modell: %5&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>editscope::NeighborhoodPlot</name>
    <message>
        <location filename="../widgets/score_plots.h" line="68"/>
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
        <location filename="../widgets/norm_plot.cpp" line="15"/>
        <source>‖W − W₀‖_F (drift)</source>
        <translation>‖W − W₀‖_F (Drift)</translation>
    </message>
    <message>
        <location filename="../widgets/norm_plot.cpp" line="16"/>
        <source>‖W‖_F (weight)</source>
        <translation>‖W‖_F (Gewicht)</translation>
    </message>
    <message>
        <location filename="../widgets/norm_plot.cpp" line="17"/>
        <source>‖ΔW‖_F (this edit)</source>
        <translation>‖ΔW‖_F (dieses Edit)</translation>
    </message>
    <message>
        <location filename="../widgets/norm_plot.cpp" line="18"/>
        <source>‖W − W₀‖_F / numel</source>
        <translation>‖W − W₀‖_F / numel</translation>
    </message>
    <message>
        <location filename="../widgets/norm_plot.cpp" line="19"/>
        <source>Which norm of the edited layers to plot</source>
        <translation>Welche Norm der bearbeiteten Schichten dargestellt wird</translation>
    </message>
    <message>
        <location filename="../widgets/norm_plot.cpp" line="41"/>
        <source>‖W − W₀‖_F</source>
        <translation>‖W − W₀‖_F</translation>
    </message>
    <message>
        <location filename="../widgets/norm_plot.cpp" line="42"/>
        <source>‖W‖_F</source>
        <translation>‖W‖_F</translation>
    </message>
    <message>
        <location filename="../widgets/norm_plot.cpp" line="43"/>
        <source>‖ΔW‖_F of the step</source>
        <translation>‖ΔW‖_F des Schritts</translation>
    </message>
    <message>
        <location filename="../widgets/norm_plot.cpp" line="44"/>
        <source>‖W − W₀‖_F / numel(W)</source>
        <translation>‖W − W₀‖_F / numel(W)</translation>
    </message>
    <message>
        <location filename="../widgets/norm_plot.cpp" line="85"/>
        <source>layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <location filename="../widgets/norm_plot.h" line="23"/>
        <source>Edited-layer norms</source>
        <translation>Normen der bearbeiteten Schichten</translation>
    </message>
</context>
<context>
    <name>editscope::ParaphrasePlot</name>
    <message>
        <location filename="../widgets/score_plots.h" line="60"/>
        <source>Paraphrase (generalisation)</source>
        <translation>Paraphrase (Generalisierung)</translation>
    </message>
</context>
<context>
    <name>editscope::RetentionPlot</name>
    <message>
        <location filename="../widgets/retention_plot.cpp" line="23"/>
        <source>still recalled (ES = 1)</source>
        <translation>noch erinnert (ES = 1)</translation>
    </message>
    <message>
        <location filename="../widgets/retention_plot.cpp" line="30"/>
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
    <name>editscope::ScorePlot</name>
    <message>
        <location filename="../widgets/score_plots.cpp" line="41"/>
        <source>%1 per edit</source>
        <translation>%1 pro Edit</translation>
    </message>
    <message>
        <location filename="../widgets/score_plots.cpp" line="69"/>
        <source>%1 bucket mean (%2)</source>
        <translation>%1 Blockmittel (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/score_plots.cpp" line="72"/>
        <source>%1 moving avg. (%2)</source>
        <translation>%1 gleit. Mittel (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/score_plots.h" line="29"/>
        <source>Score (×100)</source>
        <translation>Score (×100)</translation>
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

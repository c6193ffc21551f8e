<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PaperFigures</name>
    <message>
        <location filename="../widgets/paper_figures.cpp" line="17"/>
        <source>%1: could not write the file: %2</source>
        <translation>%1：无法写入文件：%2</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures.cpp" line="39"/>
        <source>unknown format &quot;%1&quot; (png, pdf, svg or tex)</source>
        <translation>未知格式“%1”（png、pdf、svg 或 tex）</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures.cpp" line="44"/>
        <source>no format chosen (png, pdf, svg or tex)</source>
        <translation>未选择格式（png、pdf、svg 或 tex）</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures.cpp" line="46"/>
        <location filename="../widgets/paper_figures_plot.cpp" line="238"/>
        <source>DPI %1 is outside 24..1200</source>
        <translation>DPI %1 超出 24..1200 的范围</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures.cpp" line="48"/>
        <source>no folder chosen</source>
        <translation>未选择文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures.cpp" line="51"/>
        <source>%1: could not create the folder</source>
        <translation>%1：无法创建该文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures.cpp" line="66"/>
        <source>these runs have no data to draw yet</source>
        <translation>这些运行还没有可绘制的数据</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="45"/>
        <source>Number of edits</source>
        <translation>编辑次数</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="144"/>
        <source>‖W − W₀‖ (Frobenius)</source>
        <translation>‖W − W₀‖（Frobenius）</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="160"/>
        <source>%1, layer %2</source>
        <translation>%1，第 %2 层</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="186"/>
        <source>Earlier edits retained (%)</source>
        <translation>仍保持的早期编辑（%）</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="217"/>
        <source>Efficacy of the edit just made</source>
        <translation>刚完成的编辑的有效性</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="219"/>
        <source>Paraphrase (generalisation)</source>
        <translation>释义（泛化性）</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="221"/>
        <source>Neighborhood (specificity)</source>
        <translation>邻域（特异性）</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="223"/>
        <source>Downstream accuracy per task</source>
        <translation>各下游任务的准确率</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="225"/>
        <source>Downstream F1 per task</source>
        <translation>各下游任务的 F1</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="227"/>
        <source>Norm growth of the edited layers</source>
        <translation>被编辑层的范数增长</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="229"/>
        <source>Retention of earlier edits</source>
        <translation>早期编辑的保持情况</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="242"/>
        <source>no runs to draw</source>
        <translation>没有可绘制的运行</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="264"/>
        <source>%1, run %2: %3</source>
        <translation>%1，运行 %2：%3</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="269"/>
        <source>Efficacy score (×100)</source>
        <translation>有效性得分（×100）</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="271"/>
        <source>Paraphrase score (×100)</source>
        <translation>释义得分（×100）</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="274"/>
        <source>Neighborhood score (×100)</source>
        <translation>邻域得分（×100）</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="277"/>
        <source>Accuracy (%)</source>
        <translation>准确率（%）</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_data.cpp" line="279"/>
        <source>F1 (×100)</source>
        <translation>F1（×100）</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_plot.cpp" line="236"/>
        <source>unknown figure format &quot;%1&quot; (png, pdf or svg)</source>
        <translation>未知的图表格式“%1”（png、pdf 或 svg）</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_plot.cpp" line="240"/>
        <source>%1: the folder does not exist</source>
        <translation>%1：该文件夹不存在</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_plot.cpp" line="257"/>
        <source>EditScope paper figure: %1</source>
        <translation>EditScope 论文图表：%1</translation>
    </message>
    <message>
        <location filename="../widgets/paper_figures_plot.cpp" line="267"/>
        <source>%1: could not write the %2 file</source>
        <translation>%1：无法写入 %2 文件</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui/main.cpp" line="54"/>
        <location filename="../app/gui/main.cpp" line="87"/>
        <source>the file holds no run</source>
        <translation>该文件不包含任何运行</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="62"/>
        <source>--format: unknown format &apos;%1&apos; (png, pdf, svg)</source>
        <translation>--format：未知格式 &apos;%1&apos;（png、pdf、svg）</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="95"/>
        <source>--runs: &apos;%1&apos; is not a run id</source>
        <translation>--runs：&apos;%1&apos; 不是运行 ID</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="104"/>
        <source>--runs: %1</source>
        <translation>--runs：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="162"/>
        <source>Workbench for sequential knowledge editing</source>
        <translation>序列知识编辑工作台</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="165"/>
        <source>a run file (.db) to open</source>
        <translation>要打开的运行文件（.db）</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="167"/>
        <source>the demo world folder (default: $EDITSCOPE_DEMO_WORLD or the user data folder)</source>
        <translation>演示环境所在的文件夹（默认：$EDITSCOPE_DEMO_WORLD 或用户数据文件夹）</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="168"/>
        <source>do not build a missing demo world on start</source>
        <translation>启动时不构建缺失的演示环境</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="169"/>
        <source>user interface language, e.g. de, zh_CN, en (default: the system locale)</source>
        <translation>界面语言，例如 de、zh_CN、en（默认：系统区域设置）</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="170"/>
        <source>system, light or dark</source>
        <translation>system、light 或 dark</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="171"/>
        <source>write every dashboard figure of a run into DIR and exit</source>
        <translation>将某次运行的全部仪表板图表写入 DIR，然后退出</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="172"/>
        <source>with --export-figures: the run file</source>
        <translation>配合 --export-figures：运行文件</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="173"/>
        <source>with --export-figures: the run id (default: the file&apos;s last run)</source>
        <translation>配合 --export-figures：运行 ID（默认：文件中的最后一次运行）</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="174"/>
        <source>with --export-figures: comma-separated formats</source>
        <translation>配合 --export-figures：以逗号分隔的格式</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="175"/>
        <source>with --export-figures: PNG resolution</source>
        <translation>配合 --export-figures：PNG 分辨率</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="176"/>
        <source>with --export-figures: the paper&apos;s figure set (also as pgfplots .tex) of the runs in --runs</source>
        <translation>配合 --export-figures：为 --runs 中的运行生成论文图表集（也生成 pgfplots .tex）</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="177"/>
        <source>with --paper: run ids to overlay, e.g. 1,2,3 (default: every run of the file)</source>
        <translation>配合 --paper：要叠加的运行 ID，例如 1,2,3（默认：文件中的所有运行）</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="178"/>
        <source>with FILE.db: continue its run (--run, default the last) right away</source>
        <translation>配合 FILE.db：立即继续其中的运行（--run，默认最后一次）</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="179"/>
        <source>with FILE.db: select this step when the file opens</source>
        <translation>配合 FILE.db：打开文件时选中该步骤</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="180"/>
        <source>with FILE.db: raise this panel: steps, disabling, inspector, prompt, lens, trace, retention, runs, history</source>
        <translation>配合 FILE.db：将该面板置于最前：steps、disabling、inspector、prompt、lens、trace、retention、runs、history</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="207"/>
        <source>--view: no panel &apos;%1&apos; (steps, disabling, inspector, prompt, lens, trace, retention, runs, history)</source>
        <translation>--view：没有面板 &apos;%1&apos;（steps、disabling、inspector、prompt、lens、trace、retention、runs、history）</translation>
    </message>
    <message>
        <source>with FILE.db: raise this panel: steps, disabling or inspector</source>
        <translation type="vanished">配合 FILE.db：将该面板置于最前：steps、disabling 或 inspector</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="181"/>
        <source>time opening a run file and drawing its dashboard, then exit</source>
        <translation>测量打开运行文件并绘制其仪表板的耗时，然后退出</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="189"/>
        <source>--export-figures needs --db FILE</source>
        <translation>--export-figures 需要 --db 文件</translation>
    </message>
    <message>
        <source>--view: no panel &apos;%1&apos; (steps, disabling, inspector)</source>
        <translation type="vanished">--view：没有面板 &apos;%1&apos;（steps、disabling、inspector）</translation>
    </message>
</context>
<context>
    <name>editscope</name>
    <message>
        <location filename="../widgets/step_details.cpp" line="114"/>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
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
        <translation>改写</translation>
    </message>
    <message>
        <location filename="../widgets/step_details.cpp" line="155"/>
        <source>paraphrase</source>
        <translation>释义</translation>
    </message>
    <message>
        <location filename="../widgets/step_details.cpp" line="156"/>
        <source>neighborhood</source>
        <translation>邻域</translation>
    </message>
    <message>
        <location filename="../widgets/step_details.cpp" line="238"/>
        <source>%1 %</source>
        <translation>%1%</translation>
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
        <translation>无法读取运行 %1 的备注：%2</translation>
    </message>
    <message>
        <location filename="../widgets/annotation_list.cpp" line="50"/>
        <source>Could not save the note on step %1: the run file %2 no longer exists</source>
        <translation>无法保存第 %1 步的备注：运行文件 %2 已不存在</translation>
    </message>
    <message>
        <location filename="../widgets/annotation_list.cpp" line="57"/>
        <source>Could not save the note on step %1: %2</source>
        <translation>无法保存第 %1 步的备注：%2</translation>
    </message>
</context>
<context>
    <name>editscope::BranchDialog</name>
    <message>
        <location filename="../widgets/branch_dialog.cpp" line="19"/>
        <source>Branch from step %1</source>
        <translation>从第 %1 步分支</translation>
    </message>
    <message>
        <location filename="../widgets/branch_dialog.cpp" line="21"/>
        <source>Roll back edit %1 and continue without it (the child starts after step %2)</source>
        <translation>撤销编辑 %1 并在没有它的情况下继续（分支从第 %2 步之后开始）</translation>
    </message>
    <message>
        <location filename="../widgets/branch_dialog.cpp" line="24"/>
        <source>Keep edit %1 and continue differently (the child starts after step %1)</source>
        <translation>保留编辑 %1 并以不同方式继续（分支从第 %1 步之后开始）</translation>
    </message>
    <message>
        <location filename="../widgets/branch_dialog.cpp" line="30"/>
        <source>same as the parent (%1)</source>
        <translation>与父运行相同（%1）</translation>
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
        <translation>其余部分的方法</translation>
    </message>
    <message>
        <location filename="../widgets/branch_dialog.cpp" line="36"/>
        <source>Hyperparameters</source>
        <translation>超参数</translation>
    </message>
    <message>
        <location filename="../widgets/branch_dialog.cpp" line="38"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../widgets/branch_dialog.cpp" line="39"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../widgets/branch_dialog.cpp" line="41"/>
        <source>The child run is stored in the same file, next to its parent.</source>
        <translation>分支运行与其父运行保存在同一文件中。</translation>
    </message>
    <message>
        <location filename="../widgets/branch_dialog.cpp" line="45"/>
        <source>Start branch</source>
        <translation>开始分支</translation>
    </message>
</context>
<context>
    <name>editscope::CausalTraceView</name>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="81"/>
        <source>prompt, with {} for the subject</source>
        <translation>提示，用 {} 表示主体</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="83"/>
        <source>subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="86"/>
        <source>From the selected edit</source>
        <translation>取自所选编辑</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="87"/>
        <source>Trace the selected edit&apos;s prompt and subject (and follow the selection)</source>
        <translation>追踪所选编辑的提示和主体（并跟随选择）</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="91"/>
        <source>The base model, or the model after a step rebuilt from the stored updates</source>
        <translation>基础模型，或根据已存储的更新量重建的某步之后的模型</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="95"/>
        <source>Corrupted copies of the prompt (ROME: 10)</source>
        <translation>提示的损坏副本数（ROME：10）</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="101"/>
        <source>× </source>
        <translation>× </translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="102"/>
        <source>Noise = this multiple of the std of the dataset&apos;s subject embeddings (ROME: 3)</source>
        <translation>噪声 = 数据集主体嵌入标准差的该倍数（ROME：3）</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="107"/>
        <source>Layers restored around each MLP / attention cell (ROME: 10)</source>
        <translation>每个 MLP / 注意力单元周围恢复的层数（ROME：10）</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="111"/>
        <source>the model&apos;s top prediction</source>
        <translation>模型的首选预测</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="112"/>
        <source>Trace this answer&apos;s first token (a leading space is added) instead of the clean argmax</source>
        <translation>追踪该答案的第一个词元（会在前面加一个空格），而非干净运行的 argmax</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="114"/>
        <source>Trace</source>
        <translation>追踪</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="117"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="120"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="123"/>
        <source>Figures as PNG (300 DPI)…</source>
        <translation>图表导出为 PNG（300 DPI）…</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="124"/>
        <source>Figures as PDF…</source>
        <translation>图表导出为 PDF…</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="125"/>
        <source>Figures as SVG…</source>
        <translation>图表导出为 SVG…</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="126"/>
        <source>Data as CSV…</source>
        <translation>数据导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="137"/>
        <source>Prompt</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="139"/>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="143"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="143"/>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="144"/>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="144"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="145"/>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="185"/>
        <source>Choose a prompt and a subject, then Trace. Each figure shows p(answer) when one state is restored in the run with the subject&apos;s embeddings corrupted.</source>
        <translation>选择提示和主体，然后点击“追踪”。每张图显示在主体嵌入被损坏的前向计算中恢复某一状态时的 p(答案)。</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="233"/>
        <source>Base model</source>
        <translation>基础模型</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="235"/>
        <source>After the selected step (%1)</source>
        <translation>所选步骤之后（%1）</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="236"/>
        <source>After the selected step (none: base)</source>
        <translation>所选步骤之后（未选择：基础模型）</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="238"/>
        <source>After the last step (%1)</source>
        <translation>最后一步之后（%1）</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="240"/>
        <source>After step %1</source>
        <translation>第 %1 步之后</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="295"/>
        <source>No run is open: causal tracing uses the run&apos;s model.</source>
        <translation>未打开运行：因果追踪使用该运行的模型。</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="297"/>
        <source>Give a prompt and a subject.</source>
        <translation>请输入提示和主体。</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="325"/>
        <source>Loading the base model…</source>
        <translation>正在加载基础模型…</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="325"/>
        <source>Rebuilding the model after step %1…</source>
        <translation>正在重建第 %1 步之后的模型…</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="330"/>
        <source>noise %1 (absolute)</source>
        <translation>噪声 %1（绝对值）</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="344"/>
        <source>Reading the dataset&apos;s subjects…</source>
        <translation>正在读取数据集中的主体…</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="351"/>
        <source>the traced subject alone (the dataset could not be read: %1)</source>
        <translation>仅被追踪的主体（无法读取数据集：%1）</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="367"/>
        <source>the subjects of %1</source>
        <translation>%1 中的主体</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="369"/>
        <source>noise %1 = %2 × %3 (std of the embeddings of %4)</source>
        <translation>噪声 %1 = %2 × %3（%4 嵌入的标准差）</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="388"/>
        <source>Tracing %1…</source>
        <translation>正在追踪 %1…</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="411"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="421"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="464"/>
        <source>%1 · answer “%2” · %3 · %4 samples · %5 s</source>
        <translation>%1 · 答案“%2” · %3 · %4 个样本 · %5 秒</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="465"/>
        <source>base model</source>
        <translation>基础模型</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="465"/>
        <source>model after step %1</source>
        <translation>第 %1 步之后的模型</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="474"/>
        <source>Cancelled; the figures show the previous trace.</source>
        <translation>已取消；图表显示的是上一次追踪的结果。</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="477"/>
        <source>The trace failed: %1</source>
        <translation>追踪失败：%1</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="493"/>
        <source>MLP</source>
        <translation>MLP</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="493"/>
        <source>Attn</source>
        <translation>注意力</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="494"/>
        <source>Impact of restoring state after corrupted input</source>
        <translation>输入损坏后恢复状态的影响</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="495"/>
        <source>Impact of restoring %1 after corrupted input</source>
        <translation>输入损坏后恢复 %1 的影响</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="499"/>
        <location filename="../widgets/causal_trace_view.cpp" line="519"/>
        <source>single restored layer within GPT-2</source>
        <translation>GPT-2 中单个被恢复的层</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="500"/>
        <source>center of interval of restored %1 layers</source>
        <translation>被恢复的 %1 层区间的中心</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="501"/>
        <source>p(answer)</source>
        <translation>p(答案)</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="520"/>
        <source>center of interval of %1 restored %2 layers</source>
        <translation>%1 个被恢复的 %2 层区间的中心</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="521"/>
        <source>p(%1)</source>
        <translation>p(%1)</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="522"/>
        <source>answer “%1”%2 · corrupted %3 · clean %4</source>
        <translation>答案“%1”%2 · 损坏 %3 · 干净 %4</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="523"/>
        <source> (not the top prediction)</source>
        <translation>（非首选预测）</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="529"/>
        <source>Peak: layer %1 at “%2” (token %3), p = %4</source>
        <translation>峰值：第 %1 层，位于“%2”（词元 %3），p = %4</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="534"/>
        <source>At the last subject token “%1”: layer %2, p = %3</source>
        <translation>在最后一个主体词元“%1”处：第 %2 层，p = %3</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="541"/>
        <source>The window of %1 covers all %2 layers: every column restores the same layers, so rows are flat (try a smaller window).</source>
        <translation>窗口 %1 覆盖了全部 %2 层：每一列恢复的层都相同，因此各行没有变化（请尝试更小的窗口）。</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="558"/>
        <source>restoring the hidden state after layer %1 at this token</source>
        <translation>在此词元处恢复第 %1 层之后的隐藏状态</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="561"/>
        <source>MLP outputs</source>
        <translation>MLP 输出</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="561"/>
        <source>attention outputs</source>
        <translation>注意力输出</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="562"/>
        <source>restoring the %1 of layers %2–%3 at this token</source>
        <translation>在此词元处恢复第 %2–%3 层的 %1</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="566"/>
        <source>&lt;b&gt;token %1 “%2”&lt;/b&gt;%3 · layer %4</source>
        <translation>&lt;b&gt;词元 %1“%2”&lt;/b&gt;%3 · 第 %4 层</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="567"/>
        <source> (subject)</source>
        <translation>（主体）</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="568"/>
        <source>p(%1) = %2, %3</source>
        <translation>p(%1) = %2，%3</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="570"/>
        <source>corrupted %1 · clean %2 · indirect effect %3</source>
        <translation>损坏 %1 · 干净 %2 · 间接效应 %3</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view.cpp" line="572"/>
        <source>click: use layer %1 in a new run</source>
        <translation>点击：在新运行中使用第 %1 层</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view_export.cpp" line="38"/>
        <source>Nothing to export: trace a prompt first.</source>
        <translation>没有可导出的内容：请先追踪一个提示。</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view_export.cpp" line="75"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view_export.cpp" line="86"/>
        <source>Export the causal trace</source>
        <translation>导出因果追踪</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view_export.cpp" line="88"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view_export.cpp" line="93"/>
        <source>Export the three figures into a folder</source>
        <translation>将三张图表导出到文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/causal_trace_view_export.cpp" line="99"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>editscope::Dashboard</name>
    <message>
        <location filename="../widgets/dashboard.cpp" line="42"/>
        <source>Log scale (norms)</source>
        <translation>对数刻度（范数）</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="50"/>
        <source> edits</source>
        <translation> 次编辑</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="51"/>
        <source>Bucket size of the paper&apos;s smoothing: each dashed point is the mean of this many edits</source>
        <translation>论文平滑方法中的桶大小：每个虚线点是这么多次编辑的平均值</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="54"/>
        <source> buckets</source>
        <translation> 个桶</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="55"/>
        <source>Moving-average window over the bucket means (the solid lines)</source>
        <translation>对各桶均值做移动平均的窗口大小（实线）</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="56"/>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="57"/>
        <source>Show the whole run on every plot</source>
        <translation>在每个图中显示整个运行</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="59"/>
        <source>Plots</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="60"/>
        <source>Which plots the dashboard shows, and in how many columns</source>
        <translation>仪表板显示哪些图表，以及分几列显示</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="63"/>
        <source>&amp;Bucket:</source>
        <translation>桶大小(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="65"/>
        <source>Moving &amp;window:</source>
        <translation>移动窗口(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="251"/>
        <source>1 column</source>
        <translation>1 列</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="251"/>
        <source>%1 columns</source>
        <translation>%1 列</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="335"/>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建该文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="353"/>
        <source>%1: the folder does not exist</source>
        <translation>%1：该文件夹不存在</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="359"/>
        <source>EditScope dashboard</source>
        <translation>EditScope 仪表板</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="366"/>
        <source>%1: could not write the PDF file</source>
        <translation>%1：无法写入 PDF 文件</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="379"/>
        <source>%1: could not finish the PDF file</source>
        <translation>%1：无法完成 PDF 文件</translation>
    </message>
</context>
<context>
    <name>editscope::DashboardPlot</name>
    <message>
        <location filename="../widgets/dashboard_plot.cpp" line="118"/>
        <source>flagged edit</source>
        <translation>已标记的编辑</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.cpp" line="123"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.cpp" line="461"/>
        <source>Note on step %1</source>
        <translation>第 %1 步的备注</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.cpp" line="470"/>
        <source>Edits %1–%2 (mean of the bucket)</source>
        <translation>第 %1–%2 次编辑（桶均值）</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.cpp" line="473"/>
        <source>Step 0 of the branch (%1 edits on the root run&apos;s axis)</source>
        <translation>分支的第 0 步（在根运行坐标轴上为 %1 次编辑）</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.cpp" line="474"/>
        <source>Step %1 of the branch · %2 edits on the root run&apos;s axis</source>
        <translation>分支的第 %1 步 · 在根运行坐标轴上为 %2 次编辑</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.cpp" line="476"/>
        <source>Step 0 (unedited model)</source>
        <translation>第 0 步（未编辑的模型）</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.cpp" line="476"/>
        <source>Step %1 · %2 edits</source>
        <translation>第 %1 步 · %2 次编辑</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.cpp" line="483"/>
        <source>Case %1: %2</source>
        <translation>案例 %1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.cpp" line="485"/>
        <source>Subject: %1</source>
        <translation>主体：%1</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.cpp" line="487"/>
        <source>Value: %1</source>
        <translation>值：%1</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.cpp" line="489"/>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot_export.cpp" line="237"/>
        <source>unknown figure format &quot;%1&quot; (png, pdf or svg)</source>
        <translation>未知的图表格式“%1”（png、pdf 或 svg）</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot_export.cpp" line="239"/>
        <source>DPI %1 is outside 24..1200</source>
        <translation>DPI %1 超出 24..1200 的范围</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot_export.cpp" line="241"/>
        <source>%1: the folder does not exist</source>
        <translation>%1：该文件夹不存在</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot_export.cpp" line="257"/>
        <source>EditScope figure: %1 against %2</source>
        <translation>EditScope 图表：%1 随 %2 的变化</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot_export.cpp" line="268"/>
        <source>%1: could not write the %2 file</source>
        <translation>%1：无法写入 %2 文件</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.h" line="108"/>
        <source>Number of edits</source>
        <translation>编辑次数</translation>
    </message>
</context>
<context>
    <name>editscope::DisablingEditsView</name>
    <message>
        <location filename="../widgets/disabling_view.cpp" line="47"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../widgets/disabling_view.cpp" line="47"/>
        <source>Criterion</source>
        <translation>判据</translation>
    </message>
    <message>
        <location filename="../widgets/disabling_view.cpp" line="47"/>
        <source>Value / threshold</source>
        <translation>值 / 阈值</translation>
    </message>
    <message>
        <location filename="../widgets/disabling_view.cpp" line="47"/>
        <source>Subject</source>
        <translation>主体</translation>
    </message>
    <message>
        <location filename="../widgets/disabling_view.cpp" line="123"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../widgets/disabling_view.cpp" line="127"/>
        <source>a NaN or infinity appeared in the update or the edited weights</source>
        <translation>更新量或被编辑的权重中出现了 NaN 或无穷大</translation>
    </message>
    <message>
        <location filename="../widgets/disabling_view.cpp" line="148"/>
        <source>No flagged step in this run: the disabling-edit detector has not fired. A typical edit is shown.</source>
        <translation>此运行中没有被标记的步骤：失能编辑检测器未触发。下面显示一次典型编辑。</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/disabling_view.cpp" line="149"/>
        <source>%n flagged step(s). Pick one to compare it with a typical edit of this run.</source>
        <translation>
            <numerusform>%n 个步骤被标记。选择其中一个，与此运行中的一次典型编辑进行比较。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/disabling_view.cpp" line="206"/>
        <source>Flagged edit: step %1</source>
        <translation>已标记的编辑：第 %1 步</translation>
    </message>
    <message>
        <location filename="../widgets/disabling_view.cpp" line="208"/>
        <source>Typical edit: step %1 (median Σ‖ΔW‖ of the unflagged steps)</source>
        <translation>典型编辑：第 %1 步（未标记步骤的 Σ‖ΔW‖ 中位数）</translation>
    </message>
    <message>
        <location filename="../widgets/disabling_view.cpp" line="209"/>
        <source>Typical edit: none (no unflagged step yet)</source>
        <translation>典型编辑：无（尚无未标记的步骤）</translation>
    </message>
    <message>
        <location filename="../widgets/disabling_view.cpp" line="225"/>
        <source>%1 (step %2): Σ‖ΔW‖ %3 = %4 the median of the steps before it (%5)</source>
        <translation>%1（第 %2 步）：Σ‖ΔW‖ %3 = %4 此前各步中位数（%5）</translation>
    </message>
    <message>
        <location filename="../widgets/disabling_view.cpp" line="230"/>
        <source>Flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <location filename="../widgets/disabling_view.cpp" line="232"/>
        <source>Typical</source>
        <translation>典型</translation>
    </message>
</context>
<context>
    <name>editscope::DownstreamPlot</name>
    <message>
        <location filename="../widgets/downstream_plot.cpp" line="21"/>
        <source>Invalid answers</source>
        <translation>无效回答</translation>
    </message>
    <message>
        <location filename="../widgets/downstream_plot.cpp" line="60"/>
        <source>accuracy</source>
        <translation>准确率</translation>
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
        <translation>%1 无效回答</translation>
    </message>
    <message>
        <location filename="../widgets/downstream_plot.h" line="21"/>
        <source>Downstream tasks</source>
        <translation>下游任务</translation>
    </message>
    <message>
        <location filename="../widgets/downstream_plot.h" line="22"/>
        <source>Score (accuracy, F1, MCC)</source>
        <translation>得分（准确率、F1、MCC）</translation>
    </message>
</context>
<context>
    <name>editscope::EditInspector</name>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="79"/>
        <location filename="../widgets/edit_inspector.cpp" line="247"/>
        <source>Select a step in the steps table or on a plot to inspect its edit.</source>
        <translation>在步骤表或图中选择一个步骤，以检查其编辑。</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="90"/>
        <location filename="../widgets/edit_inspector.cpp" line="103"/>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="91"/>
        <source>Prompts: NLL (nats) before → after the edit</source>
        <translation>提示：编辑前 → 编辑后的 NLL（nats）</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="92"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="92"/>
        <source>true, before</source>
        <translation>true，编辑前</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="92"/>
        <source>true, after</source>
        <translation>true，编辑后</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="92"/>
        <source>new, before</source>
        <translation>new，编辑前</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="92"/>
        <source>new, after</source>
        <translation>new，编辑后</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="92"/>
        <source>Prompt</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="93"/>
        <source>NLL of target_true before the edit</source>
        <translation>编辑前 target_true 的 NLL</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="93"/>
        <source>NLL of target_true after the edit</source>
        <translation>编辑后 target_true 的 NLL</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="94"/>
        <source>NLL of target_new before the edit</source>
        <translation>编辑前 target_new 的 NLL</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="94"/>
        <source>NLL of target_new after the edit</source>
        <translation>编辑后 target_new 的 NLL</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="100"/>
        <source>Target vector optimisation (v* / z)</source>
        <translation>目标向量优化（v* / z）</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="103"/>
        <source>Loss</source>
        <translation>损失</translation>
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
        <translation>已截断</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="103"/>
        <source>Denom.</source>
        <translation>分母</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="103"/>
        <source>Key mism.</source>
        <translation>键偏差</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="104"/>
        <source>Loss at the first and the last optimisation step</source>
        <translation>第一个和最后一个优化步的损失</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="104"/>
        <source>Norm of the optimised delta added to v</source>
        <translation>加到 v 上的优化增量的范数</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="105"/>
        <source>Norm of v before optimisation (δ is clamped to clamp_norm_factor × this)</source>
        <translation>优化前 v 的范数（δ 被截断到该值的 clamp_norm_factor 倍）</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="106"/>
        <source>Whether δ hit the clamp</source>
        <translation>δ 是否触及截断上限</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="106"/>
        <source>ROME&apos;s denominator (C⁻¹k)ᵀk of the rank-one update</source>
        <translation>ROME 秩一更新的分母 (C⁻¹k)ᵀk</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="107"/>
        <source>ROME: relative difference between the key used and the subject&apos;s key</source>
        <translation>ROME：所用键与主体键之间的相对差异</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="111"/>
        <source>Update size</source>
        <translation>更新量大小</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="112"/>
        <source>Quantity</source>
        <translation>量</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="112"/>
        <location filename="../widgets/edit_inspector.cpp" line="127"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="116"/>
        <source>Edited layers: norms before → after</source>
        <translation>被编辑层的范数：编辑前 → 编辑后</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="117"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="117"/>
        <source>‖W‖ before</source>
        <translation>‖W‖ 编辑前</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="117"/>
        <source>after</source>
        <translation>编辑后</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="117"/>
        <source>‖W−W₀‖ before</source>
        <translation>‖W−W₀‖ 编辑前</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="117"/>
        <source>‖ΔW‖</source>
        <translation>‖ΔW‖</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="117"/>
        <source>per numel</source>
        <translation>除以 numel</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="118"/>
        <source>Edited block (its mlp.c_proj weight)</source>
        <translation>被编辑的块（其 mlp.c_proj 权重）</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="118"/>
        <source>‖W‖_F after the previous step (the base model&apos;s is not stored)</source>
        <translation>上一步之后的 ‖W‖_F（基础模型的值未存储）</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="119"/>
        <source>‖W‖_F after this step</source>
        <translation>本步之后的 ‖W‖_F</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="119"/>
        <source>‖W − W₀‖_F after the previous step (0 before the first edit)</source>
        <translation>上一步之后的 ‖W − W₀‖_F（首次编辑之前为 0）</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="120"/>
        <source>‖W − W₀‖_F after this step</source>
        <translation>本步之后的 ‖W − W₀‖_F</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="120"/>
        <source>‖ΔW‖_F of this step&apos;s update</source>
        <translation>本步更新量的 ‖ΔW‖_F</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="121"/>
        <source>‖W − W₀‖_F / numel(W) after this step (the paper&apos;s normalised growth)</source>
        <translation>本步之后的 ‖W − W₀‖_F / numel(W)（论文中的归一化增长）</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="125"/>
        <source>Generation samples</source>
        <translation>生成样本</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="126"/>
        <source>Detector flags</source>
        <translation>检测器标记</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="127"/>
        <source>Criterion</source>
        <translation>判据</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="127"/>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="243"/>
        <source>Step %1 could not be read: %2</source>
        <translation>无法读取第 %1 步：%2</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="245"/>
        <source>Step %1 is not stored in this run (yet).</source>
        <translation>第 %1 步（尚）未存储在此运行中。</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="258"/>
        <source>&lt;b&gt;Step %1&lt;/b&gt; of %2 · %3 edits · %4</source>
        <translation>&lt;b&gt;第 %1 步&lt;/b&gt;，共 %2 步 · %3 次编辑 · %4</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="261"/>
        <source>&lt;br&gt;after the edit: ES %1 · PS %2 · NS %3</source>
        <translation>&lt;br&gt;编辑后：ES %1 · PS %2 · NS %3</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="263"/>
        <source>flagged by the disabling-edit detector</source>
        <translation>被失能编辑检测器标记</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="278"/>
        <source>case %1</source>
        <translation>案例 %1</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="281"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;span style=&quot;color:%2&quot;&gt;%3&lt;/span&gt;&lt;br&gt;%4 &lt;b&gt;%5&lt;/b&gt; → &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &lt;span style=&quot;color:%2&quot;&gt;%3&lt;/span&gt;&lt;br&gt;%4 &lt;b&gt;%5&lt;/b&gt; → &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="284"/>
        <source>No request stored.</source>
        <translation>未存储请求。</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="297"/>
        <source>Per-prompt NLLs are not stored for this step (the run saved space).</source>
        <translation>此步骤未存储逐提示的 NLL（该运行为节省空间未保存）。</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="298"/>
        <source>target_true and target_new on each evaluated prompt; lower is more likely.</source>
        <translation>每个评估提示上 target_true 与 target_new 的 NLL；越低表示可能性越大。</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/edit_inspector.cpp" line="310"/>
        <source>%n optimisation step(s)</source>
        <translation>
            <numerusform>%n 个优化步</numerusform>
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
        <translation>是</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="312"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="330"/>
        <source>Σ‖ΔW‖ of this step</source>
        <translation>本步的 Σ‖ΔW‖</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="331"/>
        <source>median Σ‖ΔW‖ of the earlier steps</source>
        <translation>此前各步 Σ‖ΔW‖ 的中位数</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="332"/>
        <source>ratio</source>
        <translation>比值</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="332"/>
        <source>the detector flags a ratio above %1</source>
        <translation>比值超过 %1 时检测器会标记</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="333"/>
        <source>detector factor (update_norm_vs_median)</source>
        <translation>检测器系数（update_norm_vs_median）</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="350"/>
        <source>⚠</source>
        <translation>⚠</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="350"/>
        <source>a NaN or infinity appeared in the update or the edited weights</source>
        <translation>更新量或被编辑的权重中出现了 NaN 或无穷大</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="358"/>
        <source>No generation samples stored in this run.</source>
        <translation>此运行中未存储生成样本。</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="362"/>
        <source>Samples at this step beside those of the unedited model (step 0).</source>
        <translation>本步的样本，与未编辑模型（第 0 步）的样本并列。</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="363"/>
        <source>No samples at this step: those of step %1, the latest sampled before it, beside step 0&apos;s.</source>
        <translation>本步没有样本：显示此前最近一次采样（第 %1 步）的样本，与第 0 步的样本并列。</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="364"/>
        <source>No samples at or before this step; step 0&apos;s only.</source>
        <translation>本步及之前均无样本；仅显示第 0 步的样本。</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="369"/>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="369"/>
        <source>%1 bits</source>
        <translation>%1 比特</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="401"/>
        <source>A NaN or infinity appeared in the update or the edited weights.</source>
        <translation>更新量或被编辑的权重中出现了 NaN 或无穷大。</translation>
    </message>
    <message>
        <location filename="../widgets/edit_inspector.cpp" line="406"/>
        <source>No flag at this step.</source>
        <translation>本步没有标记。</translation>
    </message>
</context>
<context>
    <name>editscope::EfficacyPlot</name>
    <message>
        <location filename="../widgets/score_plots.h" line="57"/>
        <source>Efficacy of the edit just made</source>
        <translation>刚完成的编辑的有效性</translation>
    </message>
</context>
<context>
    <name>editscope::EntropyPlot</name>
    <message>
        <location filename="../widgets/entropy_plot.cpp" line="21"/>
        <source>mean entropy of the samples</source>
        <translation>样本的平均熵</translation>
    </message>
    <message>
        <location filename="../widgets/entropy_plot.h" line="15"/>
        <source>Generation entropy</source>
        <translation>生成文本的熵</translation>
    </message>
    <message>
        <location filename="../widgets/entropy_plot.h" line="16"/>
        <source>n-gram entropy (bits)</source>
        <translation>n-gram 熵（比特）</translation>
    </message>
</context>
<context>
    <name>editscope::HeatmapFigure</name>
    <message>
        <location filename="../widgets/heatmap_figure.cpp" line="281"/>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_figure_export.cpp" line="65"/>
        <source>unknown figure format &quot;%1&quot; (png, pdf or svg)</source>
        <translation>未知的图表格式“%1”（png、pdf 或 svg）</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_figure_export.cpp" line="67"/>
        <source>DPI %1 is outside 24..1200</source>
        <translation>DPI %1 超出 24..1200 的范围</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_figure_export.cpp" line="69"/>
        <source>%1: the folder does not exist</source>
        <translation>%1：该文件夹不存在</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_figure_export.cpp" line="90"/>
        <source>EditScope heatmap: %1 against %2</source>
        <translation>EditScope 热图：%1 随 %2 的变化</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_figure_export.cpp" line="106"/>
        <source>%1: could not write the %2 file</source>
        <translation>%1：无法写入 %2 文件</translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_figure_export.cpp" line="128"/>
        <location filename="../widgets/heatmap_figure_export.cpp" line="134"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>editscope::LogitLensView</name>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="38"/>
        <source>Prompt (default: the selected edit&apos;s rewrite prompt)</source>
        <translation>提示（默认：所选编辑的改写提示）</translation>
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
        <translation>跟随所选编辑</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="45"/>
        <source>Use the selected edit&apos;s rewrite prompt and targets; typing your own turns this off</source>
        <translation>使用所选编辑的改写提示和目标；自行输入会关闭此项</translation>
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
        <translation>target_true 的排名（对数）</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="50"/>
        <source>Rank of target_new (log)</source>
        <translation>target_new 的排名（对数）</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="53"/>
        <source>Base and step side by side</source>
        <translation>基础模型与步骤并排</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="54"/>
        <source>Base model only</source>
        <translation>仅基础模型</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="55"/>
        <source>Selected step only</source>
        <translation>仅所选步骤</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="56"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="57"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="60"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="65"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="70"/>
        <source>Prompt:</source>
        <translation>提示：</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="73"/>
        <source>True:</source>
        <translation>True：</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="75"/>
        <source>New:</source>
        <translation>New：</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="82"/>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="95"/>
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="95"/>
        <source>prompt token</source>
        <translation>提示词元</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="104"/>
        <source>&lt;b&gt;%1&lt;/b&gt;, token %2 &lt;b&gt;%3&lt;/b&gt;&lt;br&gt;%4: rank %5, P = %6&lt;br&gt;%7: rank %8, P = %9&lt;br&gt;top: %10 (P = %11)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，词元 %2 &lt;b&gt;%3&lt;/b&gt;&lt;br&gt;%4：排名 %5，P = %6&lt;br&gt;%7：排名 %8，P = %9&lt;br&gt;首位：%10（P = %11）</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="268"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="282"/>
        <source>Open a run file first: the models are rebuilt from its stored edits.</source>
        <translation>请先打开运行文件：模型将根据其中存储的编辑重建。</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="284"/>
        <source>No model source.</source>
        <translation>没有模型来源。</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="286"/>
        <source>Give a prompt and both targets (or select an edit).</source>
        <translation>请输入提示和两个目标（或选择一个编辑）。</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="301"/>
        <source>Computing the lens of the base model and step %1…</source>
        <translation>正在计算基础模型和第 %1 步的 Logit Lens…</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="302"/>
        <source>Computing the lens of the base model (select a step to compare)…</source>
        <translation>正在计算基础模型的 Logit Lens（选择一个步骤以进行比较）…</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="304"/>
        <location filename="../widgets/logit_lens_view_export.cpp" line="127"/>
        <location filename="../widgets/logit_lens_view_export.cpp" line="144"/>
        <source>Logit lens</source>
        <translation>Logit Lens</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="352"/>
        <source>“%1” has %2 tokens; the lens follows its first, %3. </source>
        <translation>“%1”包含 %2 个词元；Logit Lens 跟踪其中第一个：%3。 </translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="379"/>
        <source>Base model: %1</source>
        <translation>基础模型：%1</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="379"/>
        <source>Step: %1</source>
        <translation>步骤：%1</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="412"/>
        <source>base model</source>
        <translation>基础模型</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="412"/>
        <source>after step %1</source>
        <translation>第 %1 步之后</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="413"/>
        <source>selected step</source>
        <translation>所选步骤</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="416"/>
        <location filename="../widgets/logit_lens_view.cpp" line="439"/>
        <source>Logit lens — %1</source>
        <translation>Logit Lens — %1</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="417"/>
        <source>no result yet</source>
        <translation>尚无结果</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="435"/>
        <source>emb</source>
        <translation>emb</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="443"/>
        <source>%1(%2) · %3 · “%4”</source>
        <translation>%1(%2) · %3 · “%4”</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="443"/>
        <source>rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="443"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="444"/>
        <source>rank of %1 (1 = top)</source>
        <translation>%1 的排名（1 = 首位）</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view.cpp" line="444"/>
        <source>P(%1)</source>
        <translation>P(%1)</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view_export.cpp" line="67"/>
        <source>%1: could not write the CSV file</source>
        <translation>%1：无法写入 CSV 文件</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view_export.cpp" line="86"/>
        <source>Nothing to export: run the lens first.</source>
        <translation>没有可导出的内容：请先运行 Logit Lens。</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view_export.cpp" line="93"/>
        <source>unknown figure format &quot;%1&quot; (png, pdf or svg)</source>
        <translation>未知的图表格式“%1”（png、pdf 或 svg）</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view_export.cpp" line="95"/>
        <source>DPI %1 is outside 24..1200</source>
        <translation>DPI %1 超出 24..1200 的范围</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view_export.cpp" line="97"/>
        <source>%1: the folder does not exist</source>
        <translation>%1：该文件夹不存在</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view_export.cpp" line="145"/>
        <source>EditScope figure: logit lens of the base model and the selected step</source>
        <translation>EditScope 图表：基础模型与所选步骤的 Logit Lens</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view_export.cpp" line="155"/>
        <source>%1: could not write the %2 file</source>
        <translation>%1：无法写入 %2 文件</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view_export.cpp" line="161"/>
        <source>Export the logit lens</source>
        <translation>导出 Logit Lens</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view_export.cpp" line="163"/>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view_export.cpp" line="174"/>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view_export.cpp" line="174"/>
        <source>Resolution (DPI):</source>
        <translation>分辨率（DPI）：</translation>
    </message>
    <message>
        <location filename="../widgets/logit_lens_view_export.cpp" line="180"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
</context>
<context>
    <name>editscope::LossCurveChart</name>
    <message>
        <location filename="../widgets/loss_curve_chart.cpp" line="22"/>
        <source>optimisation step</source>
        <translation>优化步</translation>
    </message>
    <message>
        <location filename="../widgets/loss_curve_chart.cpp" line="23"/>
        <location filename="../widgets/loss_curve_chart.cpp" line="57"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../widgets/loss_curve_chart.cpp" line="59"/>
        <source>NLL of target_new</source>
        <translation>target_new 的 NLL</translation>
    </message>
    <message>
        <location filename="../widgets/loss_curve_chart.cpp" line="60"/>
        <source>KL</source>
        <translation>KL</translation>
    </message>
    <message>
        <location filename="../widgets/loss_curve_chart.cpp" line="61"/>
        <source>weight decay</source>
        <translation>权重衰减</translation>
    </message>
</context>
<context>
    <name>editscope::MainWindow</name>
    <message>
        <location filename="../widgets/main_window.cpp" line="57"/>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="58"/>
        <source>loading the model</source>
        <translation>正在加载模型</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="59"/>
        <location filename="../widgets/main_window.cpp" line="73"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="60"/>
        <source>pausing after this step</source>
        <translation>本步完成后暂停</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="61"/>
        <location filename="../widgets/main_window.cpp" line="74"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="62"/>
        <source>stopping</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="63"/>
        <location filename="../widgets/main_window.cpp" line="76"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="64"/>
        <location filename="../widgets/main_window.cpp" line="75"/>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="65"/>
        <location filename="../widgets/main_window.cpp" line="77"/>
        <source>failed</source>
        <translation>失败</translation>
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
        <translation>第 %1 / %2 步</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="165"/>
        <source>The run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="189"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="190"/>
        <source>&amp;New run…</source>
        <translation>新建运行(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="195"/>
        <source>&amp;Open run file…</source>
        <translation>打开运行文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="196"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="197"/>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="202"/>
        <source>&amp;Export figures…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="204"/>
        <source>Export dashboard as one &amp;PDF…</source>
        <translation>将仪表板导出为单个 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="206"/>
        <source>Export visible data as &amp;CSV…</source>
        <translation>将可见数据导出为 CSV(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="208"/>
        <source>Export the &amp;paper&apos;s figures…</source>
        <translation>导出论文图表(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="211"/>
        <source>&amp;Add run files to compare…</source>
        <translation>添加要比较的运行文件(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="214"/>
        <source>&amp;Close run file</source>
        <translation>关闭运行文件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="219"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="221"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="224"/>
        <source>&amp;Note on the selected step…</source>
        <translation>为所选步骤添加备注(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="227"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="228"/>
        <source>&amp;Pause after this step</source>
        <translation>本步完成后暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="230"/>
        <source>&amp;Step (one edit)</source>
        <translation>单步执行（一次编辑）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="232"/>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="238"/>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="242"/>
        <source>&amp;Branch from the selected step…</source>
        <translation>从所选步骤分支(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="245"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="246"/>
        <source>&amp;Previous edit</source>
        <translation>上一个编辑(&amp;P)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="248"/>
        <source>&amp;Next edit</source>
        <translation>下一个编辑(&amp;N)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="249"/>
        <source>&amp;First edit</source>
        <translation>第一个编辑(&amp;F)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="251"/>
        <source>&amp;Last edit</source>
        <translation>最后一个编辑(&amp;L)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="252"/>
        <source>Next &amp;flagged edit</source>
        <translation>下一个已标记的编辑(&amp;M)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="254"/>
        <source>Previous flagged edit</source>
        <translation>上一个已标记的编辑(&amp;K)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="257"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="261"/>
        <source>&amp;Reset zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="264"/>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="267"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="269"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="269"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="269"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="279"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="280"/>
        <source>Layer &amp;statistics…</source>
        <translation>层统计量(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="283"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="284"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="286"/>
        <source>&amp;About EditScope</source>
        <translation>关于 EditScope(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="288"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="296"/>
        <source> Run: </source>
        <translation> 运行：</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="322"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="323"/>
        <source>Disabling edits</source>
        <translation>失能编辑</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="326"/>
        <source>Edit inspector</source>
        <translation>编辑检查器</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="349"/>
        <source>step %1 / %2 · %3</source>
        <translation>第 %1 / %2 步 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="353"/>
        <source>elapsed %1, ETA %2</source>
        <translation>已用 %1，预计剩余 %2</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="381"/>
        <source>#%1 %2 · %3 · %4 steps · %5</source>
        <translation>#%1 %2 · %3 · %4 步 · %5</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="386"/>
        <source> (branch of #%1 after its step %2)</source>
        <translation>（#%1 在其第 %2 步之后的分支）</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="403"/>
        <source>%1 — EditScope</source>
        <translation>%1 — EditScope</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="406"/>
        <source>%1 holds no run yet; it is shown as soon as one is stored.</source>
        <translation>%1 中还没有运行；一旦有运行存入就会显示。</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="408"/>
        <source>The model folder of this run moved or was deleted (%1): the stored results are shown, but the run cannot be resumed from here.</source>
        <translation>此运行的模型文件夹已被移动或删除（%1）：仍会显示已存储的结果，但无法从这里继续该运行。</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="427"/>
        <source>Select the step to branch from first.</source>
        <translation>请先选择要从中分支的步骤。</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="477"/>
        <source>Demo world</source>
        <translation>演示环境</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="481"/>
        <source>Demo world: %1 %2%, ETA %3</source>
        <translation>演示环境：%1 %2%，预计剩余 %3</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="485"/>
        <source>The demo world is ready.</source>
        <translation>演示环境已就绪。</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="492"/>
        <source>Building the demo world was cancelled.</source>
        <translation>已取消构建演示环境。</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="494"/>
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="516"/>
        <source>Open run file</source>
        <translation>打开运行文件</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="516"/>
        <location filename="../widgets/main_window_analysis.cpp" line="122"/>
        <source>Run files (*.db);;All files (*)</source>
        <translation>运行文件 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="543"/>
        <source>Clear the list</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="571"/>
        <source>A run is computing</source>
        <translation>有运行正在计算</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="572"/>
        <source>Stop the run and quit? The steps stored so far stay in the run file, and the run can be resumed later.</source>
        <translation>停止运行并退出？已存储的步骤会保留在运行文件中，之后可以继续该运行。</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="622"/>
        <source>Export every figure into a folder</source>
        <translation>将所有图表导出到文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="627"/>
        <source>Export figures</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="627"/>
        <source>PNG resolution (DPI)</source>
        <translation>PNG 分辨率（DPI）</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="634"/>
        <source>Wrote %1 files into %2</source>
        <translation>已将 %1 个文件写入 %2</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="641"/>
        <source>Export the dashboard as one PDF</source>
        <translation>将仪表板导出为单个 PDF</translation>
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
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="655"/>
        <source>Export the visible data as CSV</source>
        <translation>将可见数据导出为 CSV</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="657"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="662"/>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="671"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="674"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="674"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="685"/>
        <source>Plots: drag to pan, wheel to zoom the x axis (all plots follow)</source>
        <translation>图表：拖动以平移，滚轮缩放 x 轴（所有图表同步）</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="686"/>
        <source>Plots: click a point to select its edit</source>
        <translation>图表：点击某个点以选中其编辑</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="686"/>
        <source>Steps table: type in the filter; &quot;flag:&quot; shows flagged edits</source>
        <translation>步骤表：在筛选框中输入；“flag:” 显示已标记的编辑</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="691"/>
        <source>mouse</source>
        <translation>鼠标</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="705"/>
        <source>no run open</source>
        <translation>未打开运行</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="710"/>
        <source>%1 (weights SHA-256 %2…)</source>
        <translation>%1（权重 SHA-256 %2…）</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="712"/>
        <source>About EditScope</source>
        <translation>关于 EditScope</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="713"/>
        <source>&lt;h3&gt;EditScope %1&lt;/h3&gt;&lt;p&gt;A workbench for sequential knowledge editing (ROME, r-ROME, MEMIT).&lt;/p&gt;&lt;p&gt;Qt %2 · libtorch %3 · %4 compute threads&lt;/p&gt;&lt;p&gt;Model: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EditScope %1&lt;/h3&gt;&lt;p&gt;序列知识编辑工作台（ROME、r-ROME、MEMIT）。&lt;/p&gt;&lt;p&gt;Qt %2 · libtorch %3 · %4 个计算线程&lt;/p&gt;&lt;p&gt;模型：%5&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_analysis.cpp" line="68"/>
        <source>Try a prompt</source>
        <translation>试用提示</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_analysis.cpp" line="69"/>
        <source>Logit lens</source>
        <translation>Logit Lens</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_analysis.cpp" line="70"/>
        <source>Causal trace</source>
        <translation>因果追踪</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_analysis.cpp" line="71"/>
        <source>Retention map</source>
        <translation>保持图</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_analysis.cpp" line="85"/>
        <source>Runs</source>
        <translation>运行列表</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_analysis.cpp" line="121"/>
        <source>Add run files to compare</source>
        <translation>添加要比较的运行文件</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_analysis.cpp" line="131"/>
        <source>Open a run first.</source>
        <translation>请先打开一个运行。</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_analysis.cpp" line="134"/>
        <source>Export the paper&apos;s figures into</source>
        <translation>将论文图表导出到</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_analysis.cpp" line="141"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/main_window_analysis.cpp" line="143"/>
        <source>%n file(s) written to %1 (pdflatex figures.tex builds the LaTeX version).</source>
        <translation>
            <numerusform>已将 %n 个文件写入 %1（运行 pdflatex figures.tex 可生成 LaTeX 版本）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/main_window_analysis.cpp" line="173"/>
        <source>Open a run first: the new run takes its settings.</source>
        <translation>请先打开一个运行：新运行将沿用其设置。</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_analysis.cpp" line="185"/>
        <source>%1: cannot write the hparams copy (%2)</source>
        <translation>%1：无法写入超参数副本（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_analysis.cpp" line="187"/>
        <source>Cannot prepare a run at layer %1: %2</source>
        <translation>无法在第 %1 层准备运行：%2</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_analysis.cpp" line="192"/>
        <source>%1 at layer %2</source>
        <translation>%1（第 %2 层）</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_analysis.cpp" line="229"/>
        <source>Remove the note on step %1</source>
        <translation>删除第 %1 步的备注</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_analysis.cpp" line="229"/>
        <location filename="../widgets/main_window_analysis.cpp" line="242"/>
        <source>Note on step %1</source>
        <translation>第 %1 步的备注</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_analysis.cpp" line="238"/>
        <source>Select a step first.</source>
        <translation>请先选择一个步骤。</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_analysis.cpp" line="243"/>
        <source>Your note on this step (stored in the run file; empty removes it):</source>
        <translation>您对此步骤的备注（保存在运行文件中；留空则删除）：</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="32"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="35"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="45"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;已打开&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="46"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="60"/>
        <source>Zoom to edits %1–%2</source>
        <translation>缩放到第 %1–%2 次编辑</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="70"/>
        <source>Select step %1</source>
        <translation>选择第 %1 步</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="91"/>
        <source>Change smoothing or scale</source>
        <translation>更改平滑或刻度</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="91"/>
        <source>Change the plots shown</source>
        <translation>更改显示的图表</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="106"/>
        <source>Overlay a run</source>
        <translation>叠加运行</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="106"/>
        <source>Change the overlaid runs</source>
        <translation>更改叠加的运行</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="116"/>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="136"/>
        <source>&amp;Layouts</source>
        <translation>布局(&amp;L)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="146"/>
        <source>%1 (built in)</source>
        <translation>%1（内置）</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="151"/>
        <source>&amp;Save current layout as…</source>
        <translation>将当前布局另存为(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="153"/>
        <location filename="../widgets/main_window_history.cpp" line="156"/>
        <source>Save layout</source>
        <translation>保存布局</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="153"/>
        <source>Name of this layout:</source>
        <translation>此布局的名称：</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="156"/>
        <source>“%1” is a built-in layout or an empty name; choose another name.</source>
        <translation>“%1”是内置布局或空名称；请选择其他名称。</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="158"/>
        <source>&amp;Delete layout</source>
        <translation>删除布局(&amp;D)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="168"/>
        <source>Layout “%1” saved.</source>
        <translation>布局“%1”已保存。</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_history.cpp" line="176"/>
        <source>No layout named “%1”.</source>
        <translation>没有名为“%1”的布局。</translation>
    </message>
</context>
<context>
    <name>editscope::NeighborhoodPlot</name>
    <message>
        <location filename="../widgets/score_plots.h" line="73"/>
        <source>Neighborhood (specificity)</source>
        <translation>邻域（特异性）</translation>
    </message>
</context>
<context>
    <name>editscope::NewRunDialog</name>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="49"/>
        <source>New run</source>
        <translation>新建运行</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="52"/>
        <source>Model and edits</source>
        <translation>模型与编辑</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="60"/>
        <source>Model folder</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="61"/>
        <source>Dataset (CounterFact JSON)</source>
        <translation>数据集（CounterFact JSON）</translation>
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
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="67"/>
        <source>Hyperparameters</source>
        <translation>超参数</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="72"/>
        <source>Statistics folder</source>
        <translation>统计量文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="73"/>
        <source>Statistics corpus</source>
        <translation>统计语料库</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="73"/>
        <source>Text (*.txt *.jsonl)</source>
        <translation>文本 (*.txt *.jsonl)</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="77"/>
        <location filename="../widgets/new_run_dialog.cpp" line="309"/>
        <source>Compute missing statistics</source>
        <translation>计算缺失的统计量</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="89"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="92"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="93"/>
        <source>all records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="94"/>
        <source>Number of edits</source>
        <translation>编辑次数</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="96"/>
        <source>Requests per edit call (MEMIT batches; the paper edits one at a time)</source>
        <translation>每次编辑调用的请求数（MEMIT 可批量编辑；论文中一次只编辑一条）</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="97"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="99"/>
        <source>Seed (order, templates, samplers)</source>
        <translation>随机种子（顺序、模板、采样器）</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="101"/>
        <source>empty: shuffled with the seed</source>
        <translation>留空：按种子打乱</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="104"/>
        <source>Order file</source>
        <translation>顺序文件</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="107"/>
        <source>Order sample key</source>
        <translation>顺序样本键</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="108"/>
        <location filename="../widgets/new_run_dialog.cpp" line="110"/>
        <location filename="../widgets/new_run_dialog.cpp" line="118"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="109"/>
        <source>Retention every (steps)</source>
        <translation>保持率评估间隔（步）</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="111"/>
        <source>Downstream every (steps)</source>
        <translation>下游任务评估间隔（步）</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="115"/>
        <source>Downstream folder</source>
        <translation>下游任务文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="117"/>
        <source>Downstream examples per class</source>
        <translation>下游任务每类样例数</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="119"/>
        <source>Generation every (steps)</source>
        <translation>生成间隔（步）</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="122"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="123"/>
        <source>Pause when the detector flags a step</source>
        <translation>检测器标记步骤时暂停</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="127"/>
        <source>Run files (*.db)</source>
        <translation>运行文件 (*.db)</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="128"/>
        <source>Run file</source>
        <translation>运行文件</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="132"/>
        <source>Start run</source>
        <translation>开始运行</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="154"/>
        <source>Browse</source>
        <translation>浏览</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="158"/>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="159"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="226"/>
        <source>Model folder: no config.json in &apos;%1&apos;</source>
        <translation>模型文件夹：“%1”中没有 config.json</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="231"/>
        <source>Dataset: no such file &apos;%1&apos;</source>
        <translation>数据集：文件“%1”不存在</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="244"/>
        <source>Edits layer(s) %1 of %2 (width %3).</source>
        <translation>编辑第 %1 层（共 %2 层，宽度 %3）。</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="256"/>
        <source>layer %1: found %2</source>
        <translation>第 %1 层：已找到 %2</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="256"/>
        <source>layer %1: missing %2</source>
        <translation>第 %1 层：缺少 %2</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="261"/>
        <source>Statistics: missing (compute them with the button)</source>
        <translation>统计量：缺失（请用按钮计算）</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="267"/>
        <source>This configuration reads no statistics.</source>
        <translation>此配置不读取统计量。</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="270"/>
        <source>Choose a model folder to check the hyperparameters against it.</source>
        <translation>请选择模型文件夹，以便据此检查超参数。</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="274"/>
        <source>Order file: no such file</source>
        <translation>顺序文件：文件不存在</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="276"/>
        <source>Downstream folder: not a folder</source>
        <translation>下游任务文件夹：不是文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="278"/>
        <source>Run file: choose where the run is stored</source>
        <translation>运行文件：请选择运行的存储位置</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="281"/>
        <source>Choose the corpus the statistics are computed over</source>
        <translation>请选择用于计算统计量的语料库</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="293"/>
        <source>Layer statistics</source>
        <translation>层统计量</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="297"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../widgets/new_run_dialog.cpp" line="301"/>
        <source>%1, ETA %2 s</source>
        <translation>%1，预计剩余 %2 秒</translation>
    </message>
</context>
<context>
    <name>editscope::NllChart</name>
    <message>
        <location filename="../widgets/nll_chart.cpp" line="49"/>
        <source>target_true, before</source>
        <translation>target_true，编辑前</translation>
    </message>
    <message>
        <location filename="../widgets/nll_chart.cpp" line="49"/>
        <source>target_true, after</source>
        <translation>target_true，编辑后</translation>
    </message>
    <message>
        <location filename="../widgets/nll_chart.cpp" line="49"/>
        <source>target_new, before</source>
        <translation>target_new，编辑前</translation>
    </message>
    <message>
        <location filename="../widgets/nll_chart.cpp" line="49"/>
        <source>target_new, after</source>
        <translation>target_new，编辑后</translation>
    </message>
    <message>
        <location filename="../widgets/nll_chart.cpp" line="66"/>
        <source>NLL (nats)</source>
        <translation>NLL（nats）</translation>
    </message>
    <message>
        <location filename="../widgets/nll_chart.cpp" line="158"/>
        <source>%1 prompts: mean NLL of %2 = %3</source>
        <translation>%1提示：%2 的平均 NLL = %3</translation>
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
        <translation>‖W − W₀‖_F（漂移）</translation>
    </message>
    <message>
        <location filename="../widgets/norm_plot.cpp" line="18"/>
        <source>‖W‖_F (weight)</source>
        <translation>‖W‖_F（权重）</translation>
    </message>
    <message>
        <location filename="../widgets/norm_plot.cpp" line="19"/>
        <source>‖ΔW‖_F (this edit)</source>
        <translation>‖ΔW‖_F（本次编辑）</translation>
    </message>
    <message>
        <location filename="../widgets/norm_plot.cpp" line="20"/>
        <source>‖W − W₀‖_F / numel</source>
        <translation>‖W − W₀‖_F / numel</translation>
    </message>
    <message>
        <location filename="../widgets/norm_plot.cpp" line="21"/>
        <source>Which norm of the edited layers to plot</source>
        <translation>选择要绘制的被编辑层范数</translation>
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
        <translation>本步的 ‖ΔW‖_F</translation>
    </message>
    <message>
        <location filename="../widgets/norm_plot.cpp" line="59"/>
        <source>‖W − W₀‖_F / numel(W)</source>
        <translation>‖W − W₀‖_F / numel(W)</translation>
    </message>
    <message>
        <location filename="../widgets/norm_plot.cpp" line="105"/>
        <source>layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <location filename="../widgets/norm_plot.h" line="26"/>
        <source>Edited-layer norms</source>
        <translation>被编辑层的范数</translation>
    </message>
</context>
<context>
    <name>editscope::ParaphrasePlot</name>
    <message>
        <location filename="../widgets/score_plots.h" line="65"/>
        <source>Paraphrase (generalisation)</source>
        <translation>释义（泛化性）</translation>
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
        <translation>下一个词元</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="150"/>
        <source>vs base</source>
        <translation>对比基础</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="150"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="151"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="151"/>
        <source>The token (␣ is a space)</source>
        <translation>词元（␣ 表示空格）</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="151"/>
        <source>Rank in the base model&apos;s top 10 (new: not among them)</source>
        <translation>在基础模型前 10 名中的排名（新：不在其中）</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="152"/>
        <source>Probability of the next token</source>
        <translation>下一个词元的概率</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="155"/>
        <source>Target</source>
        <translation>目标</translation>
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
        <translation>Δ 对比基础</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="156"/>
        <source>Target (scored as &quot; &quot; + target)</source>
        <translation>目标（按 &quot; &quot; + 目标 评分）</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="156"/>
        <source>Mean NLL per target token, nats</source>
        <translation>每个目标词元的平均 NLL，单位 nats</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="157"/>
        <source>✓: every target token is the argmax under teacher forcing</source>
        <translation>✓：在教师强制下每个目标词元都是 argmax</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="157"/>
        <source>NLL minus the base model&apos;s</source>
        <translation>NLL 减去基础模型的 NLL</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="166"/>
        <source>Greedy</source>
        <translation>贪心</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="168"/>
        <source>Sampled</source>
        <translation>采样</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="170"/>
        <source>Top 10 next tokens</source>
        <translation>前 10 个候选词元</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="172"/>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="242"/>
        <source>Top token changed: %1 → %2</source>
        <translation>首位词元已改变：%1 → %2</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="244"/>
        <source>Greedy continuation differs from the base model&apos;s</source>
        <translation>贪心续写与基础模型的不同</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="260"/>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="260"/>
        <source>Not among the base model&apos;s top %1</source>
        <translation>不在基础模型的前 %1 名中</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="262"/>
        <source>Same rank as in the base model</source>
        <translation>排名与基础模型相同</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="265"/>
        <source>Rank %1 in the base model</source>
        <translation>在基础模型中排名第 %1</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="269"/>
        <source>token id %1</source>
        <translation>词元 ID %1</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="284"/>
        <source>Base model: %1</source>
        <translation>基础模型：%1</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="289"/>
        <source>Tokens: %1</source>
        <translation>词元：%1</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="290"/>
        <source>exp(−NLL) = %1</source>
        <translation>exp(−NLL) = %1</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="292"/>
        <source>Every target token is the argmax</source>
        <translation>每个目标词元都是 argmax</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane_column.cpp" line="292"/>
        <source>Not the argmax</source>
        <translation>不是 argmax</translation>
    </message>
</context>
<context>
    <name>editscope::PromptPane</name>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="34"/>
        <source>Type a prompt, e.g. &quot;The Eiffel Tower is located in&quot;</source>
        <translation>输入提示，例如 &quot;The Eiffel Tower is located in&quot;</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="37"/>
        <source>targets, comma-separated (optional)</source>
        <translation>目标，以逗号分隔（可选）</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="38"/>
        <source>The mean NLL of &quot; &quot; + target after the prompt is shown for each target, as ROME scores it</source>
        <translation>对每个目标显示提示之后 &quot; &quot; + 目标 的平均 NLL，与 ROME 的评分方式一致</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="41"/>
        <source>Seed of the sampled continuation (top-k %1)</source>
        <translation>采样续写的随机种子（top-k %1）</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="45"/>
        <source>Tokens per continuation, prompt included (capped at the model&apos;s context)</source>
        <translation>每次续写的词元数，包含提示（不超过模型的上下文长度）</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="46"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="47"/>
        <source>Probe the three models (Ctrl+Return)</source>
        <translation>探测三个模型（Ctrl+Return）</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="49"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="52"/>
        <source>Edit&apos;s prompt</source>
        <translation>编辑的提示</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="53"/>
        <source>Use the selected edit&apos;s rewrite prompt and its targets; the arrow lists its paraphrase and neighbourhood prompts</source>
        <translation>使用所选编辑的改写提示及其目标；箭头会列出其释义提示和邻域提示</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="58"/>
        <source>Prompt:</source>
        <translation>提示：</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="61"/>
        <source>Targets:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="63"/>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="65"/>
        <source>Length:</source>
        <translation>长度：</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="198"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="233"/>
        <source>Open a run file first: the models are rebuilt from its stored edits.</source>
        <translation>请先打开运行文件：模型将根据其中存储的编辑重建。</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="235"/>
        <source>No model source.</source>
        <translation>没有模型来源。</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="237"/>
        <source>Type a prompt first.</source>
        <translation>请先输入提示。</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="255"/>
        <source>Waiting…</source>
        <translation>等待中…</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="270"/>
        <source>Try a prompt</source>
        <translation>试用提示</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="279"/>
        <source>Rebuilding the model…</source>
        <translation>正在重建模型…</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="285"/>
        <source>Probing…</source>
        <translation>正在探测…</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="394"/>
        <source>Select an edit first (a step in the table or a plot).</source>
        <translation>请先选择一个编辑（表格或图中的一个步骤）。</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="411"/>
        <source>No edit selected</source>
        <translation>未选择编辑</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="418"/>
        <source>Step %1: %2 — %3 → %4</source>
        <translation>第 %1 步：%2 — %3 → %4</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="420"/>
        <source>Paraphrases</source>
        <translation>释义</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="420"/>
        <source>Neighbourhood (should not change)</source>
        <translation>邻域（不应改变）</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="424"/>
        <source>Targets: %1, %2</source>
        <translation>目标：%1，%2</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="436"/>
        <source>Base model</source>
        <translation>基础模型</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="436"/>
        <source>unedited (step 0)</source>
        <translation>未编辑（第 0 步）</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="441"/>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="442"/>
        <source> (+%1)</source>
        <translation>（+%1）</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="444"/>
        <source>After step %1</source>
        <translation>第 %1 步之后</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="444"/>
        <source>After step — (select a step)</source>
        <translation>某步之后 —（请选择步骤）</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="447"/>
        <source>Current (step %1)</source>
        <translation>当前（第 %1 步）</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="447"/>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="448"/>
        <source>after %1 edits</source>
        <translation>%1 次编辑后</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="474"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="476"/>
        <source>%1 s · %2 prompt tokens</source>
        <translation>%1 秒 · %2 个提示词元</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="478"/>
        <source>Select a step to compare.</source>
        <translation>请选择一个步骤以进行比较。</translation>
    </message>
    <message>
        <location filename="../widgets/prompt_pane.cpp" line="480"/>
        <source>Type a prompt and press Run.</source>
        <translation>输入提示后按“运行”。</translation>
    </message>
</context>
<context>
    <name>editscope::RetentionMap</name>
    <message>
        <location filename="../widgets/retention_map.cpp" line="48"/>
        <location filename="../widgets/retention_map.cpp" line="156"/>
        <source>not yet edited</source>
        <translation>尚未编辑</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="49"/>
        <source>not evaluated</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="50"/>
        <location filename="../widgets/retention_map.cpp" line="156"/>
        <source>recalled</source>
        <translation>仍被记住</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="51"/>
        <location filename="../widgets/retention_map.cpp" line="156"/>
        <source>forgotten</source>
        <translation>已遗忘</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="64"/>
        <source>Still known means:</source>
        <translation>“仍被记住”的判据：</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="66"/>
        <source>Efficacy: P(new) &gt; P(true) on the rewrite prompt (ES = 1)</source>
        <translation>有效性：改写提示上 P(new) &gt; P(true)（ES = 1）</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="68"/>
        <source>Rewrite accuracy: every new token the argmax (the paper&apos;s)</source>
        <translation>改写准确率：每个新词元都是 argmax（论文中的定义）</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="73"/>
        <location filename="../widgets/retention_map.cpp" line="470"/>
        <location filename="../widgets/retention_map.cpp" line="479"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="77"/>
        <source>Figure as %1…</source>
        <translation>图表导出为 %1…</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="78"/>
        <source>Cells as CSV…</source>
        <translation>单元格导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="79"/>
        <source>Histogram as CSV…</source>
        <translation>直方图导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="143"/>
        <source>Number of edits at the retention evaluation</source>
        <translation>保持率评估时的编辑次数</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="144"/>
        <source>Edited facts (edit number)</source>
        <translation>被编辑的事实（编辑序号）</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="156"/>
        <source>edited, not evaluated</source>
        <translation>已编辑，未评估</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="164"/>
        <source>forget index</source>
        <translation>遗忘索引</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="177"/>
        <source>Forgetting length: edits from a fact&apos;s edit to its forget index</source>
        <translation>遗忘长度：从某条事实被编辑到其遗忘索引之间的编辑次数</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="178"/>
        <source>Facts</source>
        <translation>事实数</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="214"/>
        <source>No run is open.</source>
        <translation>未打开运行。</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="225"/>
        <source>This run has no retention evaluations yet (they run every &quot;retention every&quot; steps).</source>
        <translation>此运行尚无保持率评估（按“保持率评估间隔（步）”定期进行）。</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="286"/>
        <source>ES = 1</source>
        <translation>ES = 1</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="286"/>
        <source>rewrite accuracy = 1</source>
        <translation>改写准确率 = 1</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="287"/>
        <source>%1 (still known: %2)</source>
        <translation>%1（仍被记住：%2）</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="326"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="336"/>
        <source>Forgetting length: no learned fact forgotten yet</source>
        <translation>遗忘长度：尚无已学会的事实被遗忘</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="337"/>
        <source>Forgetting length (n = %1 learned facts later forgotten): mean %2, std %3 edits</source>
        <translation>遗忘长度（n = %1 条已学会但后来被遗忘的事实）：平均 %2，标准差 %3 次编辑</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="341"/>
        <source>never forgotten: %1</source>
        <translation>从未遗忘：%1</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="343"/>
        <source>not learned by their edit (not counted): %1</source>
        <translation>未被其编辑学会（不计入）：%1</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="345"/>
        <source>not re-evaluated since their edit: %1</source>
        <translation>编辑后未再评估：%1</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="396"/>
        <source>&lt;b&gt;Case %1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;案例 %1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="396"/>
        <source>(no subject)</source>
        <translation>（无主体）</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="397"/>
        <source>Edited at step %1 (edit %2)</source>
        <translation>在第 %1 步编辑（第 %2 次编辑）</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="400"/>
        <source>At step %1 (%2 edits): %3%4</source>
        <translation>第 %1 步（%2 次编辑）：%3%4</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="404"/>
        <source>, value %1</source>
        <translation>，值 %1</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="406"/>
        <source>Forget index: step %1 (%2 edits), %3 edits after its edit</source>
        <translation>遗忘索引：第 %1 步（%2 次编辑），即其编辑之后 %3 次编辑</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="411"/>
        <source>Forget index: none (not forgotten by the last evaluation)</source>
        <translation>遗忘索引：无（截至最近一次评估仍未遗忘）</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="413"/>
        <source>Not learned by its own edit (post value %1)</source>
        <translation>未被自身的编辑学会（编辑后的值 %1）</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.cpp" line="471"/>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map.h" line="68"/>
        <source>Retention of edited facts</source>
        <translation>被编辑事实的保持情况</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map_export.cpp" line="81"/>
        <source>%1: could not write the file (%2)</source>
        <translation>%1：无法写入文件（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map_export.cpp" line="201"/>
        <source>unknown figure format &quot;%1&quot; (png, pdf or svg)</source>
        <translation>未知的图表格式“%1”（png、pdf 或 svg）</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map_export.cpp" line="203"/>
        <source>DPI %1 is outside 24..1200</source>
        <translation>DPI %1 超出 24..1200 的范围</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map_export.cpp" line="205"/>
        <source>%1: the folder does not exist</source>
        <translation>%1：该文件夹不存在</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map_export.cpp" line="227"/>
        <source>EditScope figure: retention of edited facts and forgetting lengths</source>
        <translation>EditScope 图表：被编辑事实的保持情况与遗忘长度</translation>
    </message>
    <message>
        <location filename="../widgets/retention_map_export.cpp" line="242"/>
        <source>%1: could not write the %2 file</source>
        <translation>%1：无法写入 %2 文件</translation>
    </message>
</context>
<context>
    <name>editscope::RetentionPlot</name>
    <message>
        <location filename="../widgets/retention_plot.cpp" line="22"/>
        <source>still recalled (ES = 1)</source>
        <translation>仍被记住（ES = 1）</translation>
    </message>
    <message>
        <location filename="../widgets/retention_plot.cpp" line="29"/>
        <source>mean ES of earlier edits</source>
        <translation>早期编辑的平均 ES</translation>
    </message>
    <message>
        <location filename="../widgets/retention_plot.h" line="15"/>
        <source>Retention of earlier edits</source>
        <translation>早期编辑的保持情况</translation>
    </message>
    <message>
        <location filename="../widgets/retention_plot.h" line="16"/>
        <source>Earlier edits (%)</source>
        <translation>早期编辑（%）</translation>
    </message>
</context>
<context>
    <name>editscope::RunDocument</name>
    <message>
        <location filename="../widgets/run_document.cpp" line="161"/>
        <source>%1: the file was deleted or moved while open; the data shown is what was read before</source>
        <translation>%1：文件在打开期间被删除或移动；显示的是此前读取的数据</translation>
    </message>
</context>
<context>
    <name>editscope::RunSet</name>
    <message>
        <location filename="../widgets/run_set.cpp" line="246"/>
        <source>run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <location filename="../widgets/run_set.cpp" line="320"/>
        <source>%1: run %2 cannot be read</source>
        <translation>%1：无法读取运行 %2</translation>
    </message>
</context>
<context>
    <name>editscope::RunTreeView</name>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="42"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="43"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="44"/>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="45"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="46"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="59"/>
        <source>Add run file…</source>
        <translation>添加运行文件…</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="60"/>
        <source>Open another run file to compare its runs with this one</source>
        <translation>打开另一个运行文件，将其中的运行与当前运行进行比较</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="69"/>
        <source>Check a run to overlay it on the plots; right-click for more</source>
        <translation>勾选运行以将其叠加到图上；右键单击查看更多选项</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="133"/>
        <source>from step %1</source>
        <translation>从第 %1 步起</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="149"/>
        <source>The run shown in the window</source>
        <translation>窗口中显示的运行</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="151"/>
        <source>Branch of run %1 after its step %2</source>
        <translation>运行 %1 在其第 %2 步之后的分支</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="152"/>
        <source>%1, %2 steps, %3 edits, %4 flagged</source>
        <translation>%1，%2 步，%3 次编辑，%4 个已标记</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="154"/>
        <source>Own smoothing: bucket %1, window %2</source>
        <translation>独立平滑：桶大小 %1，窗口 %2</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="199"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="199"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="199"/>
        <source>Edits</source>
        <translation>编辑数</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="251"/>
        <source>&amp;Overlay on the plots</source>
        <translation>叠加到图上(&amp;O)</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="257"/>
        <source>Show as &amp;primary</source>
        <translation>设为主运行(&amp;P)</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="262"/>
        <source>&amp;Colour…</source>
        <translation>颜色(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="265"/>
        <source>&amp;Smoothing…</source>
        <translation>平滑(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="271"/>
        <source>&amp;Remove file</source>
        <translation>移除文件(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="274"/>
        <source>The file of the run shown in the window cannot be removed</source>
        <translation>无法移除窗口中所显示运行的文件</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="277"/>
        <source>&amp;Add run file…</source>
        <translation>添加运行文件(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="285"/>
        <source>Add a run file to compare</source>
        <translation>添加要比较的运行文件</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="286"/>
        <source>Run files (*.db *.sqlite);;All files (*)</source>
        <translation>运行文件 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="293"/>
        <source>Colour of %1</source>
        <translation>%1 的颜色</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="301"/>
        <source>Smoothing of %1</source>
        <translation>%1 的平滑</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="302"/>
        <source>Use the dashboard&apos;s smoothing</source>
        <translation>使用仪表板的平滑设置</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="307"/>
        <source> edits</source>
        <translation> 次编辑</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="308"/>
        <source> buckets</source>
        <translation> 个桶</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="325"/>
        <source>&amp;Bucket:</source>
        <translation>桶大小(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../widgets/run_tree_view.cpp" line="326"/>
        <source>Moving &amp;window:</source>
        <translation>移动窗口(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>editscope::ScorePlot</name>
    <message>
        <location filename="../widgets/score_plots.cpp" line="40"/>
        <source>%1 per edit</source>
        <translation>%1（每次编辑）</translation>
    </message>
    <message>
        <location filename="../widgets/score_plots.cpp" line="81"/>
        <source>%1 bucket mean (%2)</source>
        <translation>%1 桶均值（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/score_plots.cpp" line="84"/>
        <source>%1 moving avg. (%2)</source>
        <translation>%1 移动平均（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/score_plots.h" line="32"/>
        <source>Score (×100)</source>
        <translation>得分（×100）</translation>
    </message>
</context>
<context>
    <name>editscope::StatisticsManager</name>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="72"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="90"/>
        <source>Layer statistics</source>
        <translation>层统计量</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="96"/>
        <source>optional: list the files these hyperparameters read</source>
        <translation>可选：列出这些超参数读取的文件</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="98"/>
        <source>plain text or .jsonl, for computing</source>
        <translation>纯文本或 .jsonl，用于计算</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="103"/>
        <source>Hyperparameters</source>
        <translation>超参数</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="106"/>
        <source>Model folder:</source>
        <translation>模型文件夹：</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="106"/>
        <source>Model folder</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="107"/>
        <source>Statistics folder:</source>
        <translation>统计量文件夹：</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="107"/>
        <source>Statistics folder</source>
        <translation>统计量文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="108"/>
        <source>Hyperparameters:</source>
        <translation>超参数：</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="109"/>
        <source>Corpus:</source>
        <translation>语料库：</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="109"/>
        <location filename="../widgets/statistics_manager.cpp" line="112"/>
        <source>Corpus</source>
        <translation>语料库</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="112"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="112"/>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="112"/>
        <source>Tokens</source>
        <translation>词元数</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="112"/>
        <source>dtype</source>
        <translation>dtype</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="112"/>
        <source>Size</source>
        <translation>大小</translation>
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
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="114"/>
        <source>Documents the moments were taken over (mom2_n_samples)</source>
        <translation>计算矩所用的文档数（mom2_n_samples）</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="115"/>
        <source>Smallest eigenvalue of C = Σ k kᵀ / tokens: near 0, C⁻¹ is unstable</source>
        <translation>C = Σ k kᵀ / 词元数 的最小特征值：接近 0 时 C⁻¹ 不稳定</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="116"/>
        <source>Largest eigenvalue of C</source>
        <translation>C 的最大特征值</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="132"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="133"/>
        <source>Validate</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="134"/>
        <source>Load every file and check it against the model: shape, finite values, symmetry, eigenvalues</source>
        <translation>加载每个文件并对照模型检查：形状、有限值、对称性、特征值</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="135"/>
        <source>Compute missing…</source>
        <translation>计算缺失项…</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="136"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="277"/>
        <source>invalid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="280"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="281"/>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="299"/>
        <source>Choose the model folder and the statistics folder.</source>
        <translation>请选择模型文件夹和统计量文件夹。</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="300"/>
        <source>No statistics for this model in %1.</source>
        <translation>%1 中没有此模型的统计量。</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/statistics_manager.cpp" line="302"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="303"/>
        <source>%1 valid, %2 invalid, %3 not checked</source>
        <translation>%1 个有效，%2 个无效，%3 个未检查</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/statistics_manager.cpp" line="304"/>
        <source>%n missing for the hyperparameters</source>
        <translation>
            <numerusform>超参数所需的文件缺少 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="305"/>
        <source>★: read by the hyperparameters</source>
        <translation>★：由超参数读取</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="332"/>
        <source>Compute chosen layers over the corpus</source>
        <translation>在语料库上计算所选层</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="333"/>
        <source>Choose the corpus the statistics are computed over</source>
        <translation>请选择用于计算统计量的语料库</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="350"/>
        <source>%1: %2, about %3 s left</source>
        <translation>%1：%2，约剩 %3 秒</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="351"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="358"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="359"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="412"/>
        <location filename="../widgets/statistics_manager.cpp" line="419"/>
        <location filename="../widgets/statistics_manager.cpp" line="426"/>
        <source>Validating</source>
        <translation>正在校验</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="420"/>
        <source>%1 of %2, %3</source>
        <translation>%1 / %2，%3</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="426"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/statistics_manager.cpp" line="427"/>
        <source>Checked %n file(s).</source>
        <translation>
            <numerusform>已检查 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="445"/>
        <location filename="../widgets/statistics_manager.cpp" line="446"/>
        <location filename="../widgets/statistics_manager.cpp" line="450"/>
        <source>Computing statistics</source>
        <translation>正在计算统计量</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="446"/>
        <source>loading the model and the corpus</source>
        <translation>正在加载模型和语料库</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="451"/>
        <source>%1 / %2 documents, %3 tokens</source>
        <translation>%1 / %2 篇文档，%3 个词元</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="455"/>
        <source>layer %1 → %2 (%3)</source>
        <translation>第 %1 层 → %2（%3）</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="496"/>
        <source>Compute layer statistics</source>
        <translation>计算层统计量</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="499"/>
        <source>layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="511"/>
        <source>Over %1</source>
        <translation>基于 %1</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="512"/>
        <source>Layers:</source>
        <translation>层：</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="513"/>
        <source>Documents (mom2_n_samples):</source>
        <translation>文档数（mom2_n_samples）：</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="514"/>
        <source>Dataset name in the path:</source>
        <translation>路径中的数据集名称：</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="515"/>
        <source>Accumulation dtype:</source>
        <translation>累加 dtype：</translation>
    </message>
    <message>
        <location filename="../widgets/statistics_manager.cpp" line="517"/>
        <source>Compute</source>
        <translation>计算</translation>
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
        <translation>词语可匹配主体、提示、目标、关系 ID、案例 ID 和标记名称（所有词语都须匹配）。
flag:  仅显示已标记的步骤    flag:NAME  触发该检测判据的步骤
case:N  该案例 ID    step:N 或 step:A-B  步骤编号
-词语  排除该词语（-flag: = 未标记的步骤）    &quot;一个短语&quot;  将多个词作为整体匹配</translation>
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
        <translation>非有限值</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="178"/>
        <source>Step %1 (%2 edits)</source>
        <translation>第 %1 步（%2 次编辑）</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="180"/>
        <source>Case %1%2</source>
        <translation>案例 %1%2</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="181"/>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="182"/>
        <source>  prompt: %1</source>
        <translation>  提示：%1</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="183"/>
        <source>  subject: %1</source>
        <translation>  主体：%1</translation>
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
        <translation>⚠ 更新量或被编辑的权重中出现了 NaN 或无穷大</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="235"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="236"/>
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="237"/>
        <source>Subject</source>
        <translation>主体</translation>
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
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="249"/>
        <source>Edit call number (1-based); with batches, a step edits several facts</source>
        <translation>编辑调用的序号（从 1 开始）；批量编辑时，一步会编辑多条事实</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="250"/>
        <source>CounterFact case id(s) edited at this step</source>
        <translation>本步编辑的 CounterFact 案例 ID</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="251"/>
        <source>Efficacy success after the edit: P(new) &gt; P(true) on the rewrite prompt (mean over the step&apos;s records)</source>
        <translation>编辑后的有效性：改写提示上 P(new) &gt; P(true)（本步各条记录的平均值）</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="252"/>
        <source>Paraphrase success after the edit (mean over the step&apos;s records)</source>
        <translation>编辑后的释义成功率（本步各条记录的平均值）</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="253"/>
        <source>Neighborhood success after the edit: unrelated subjects keep P(true) &gt; P(new)</source>
        <translation>编辑后的邻域成功率：无关主体仍保持 P(true) &gt; P(new)</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="254"/>
        <source>Σ over the edited layers of the Frobenius norm of this step&apos;s weight update</source>
        <translation>本步权重更新量的 Frobenius 范数在各被编辑层上的总和 Σ</translation>
    </message>
    <message>
        <location filename="../widgets/steps_table_model.cpp" line="255"/>
        <source>Disabling-edit detector criteria that fired at this step</source>
        <translation>本步触发的失能编辑检测判据</translation>
    </message>
</context>
<context>
    <name>editscope::StepsView</name>
    <message>
        <location filename="../widgets/steps_view.cpp" line="63"/>
        <source>Filter: subject, target, case id… (flag: for flagged steps)</source>
        <translation>筛选：主体、目标、案例 ID…（flag: 显示已标记的步骤）</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/steps_view.cpp" line="139"/>
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 步</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/steps_view.cpp" line="139"/>
        <source>%1 of %2</source>
        <translation>%1 / %2 步</translation>
    </message>
</context>
<context>
    <name>editscope::WelcomePage</name>
    <message>
        <location filename="../widgets/welcome_page.cpp" line="21"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.cpp" line="23"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.cpp" line="24"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.cpp" line="33"/>
        <source>&lt;h2&gt;EditScope&lt;/h2&gt;&lt;p&gt;Sequential knowledge editing, one edit at a time.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;EditScope&lt;/h2&gt;&lt;p&gt;序列知识编辑，一次一个编辑。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.cpp" line="44"/>
        <source>New run on the demo world…</source>
        <translation>在演示环境中新建运行…</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.cpp" line="45"/>
        <source>Build the demo world</source>
        <translation>构建演示环境</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.cpp" line="46"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.cpp" line="47"/>
        <source>Open run file…</source>
        <translation>打开运行文件…</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.cpp" line="52"/>
        <source>Recent run files</source>
        <translation>最近的运行文件</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.cpp" line="74"/>
        <source>The demo world is ready in %1.</source>
        <translation>演示环境已就绪，位于 %1。</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.cpp" line="83"/>
        <source>The demo world is not built yet (%1).</source>
        <translation>演示环境尚未构建（%1）。</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.cpp" line="92"/>
        <source>Building the demo world: %1%2</source>
        <translation>正在构建演示环境：%1%2</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.cpp" line="95"/>
        <source>%1: %p%, ETA %2</source>
        <translation>%1：%p%，预计剩余 %2</translation>
    </message>
    <message>
        <location filename="../widgets/welcome_page.cpp" line="103"/>
        <source>The demo world could not be built: %1</source>
        <translation>演示环境构建失败：%1</translation>
    </message>
</context>
</TS>

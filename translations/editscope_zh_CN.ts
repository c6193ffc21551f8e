<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui/main.cpp" line="51"/>
        <source>the file holds no run</source>
        <translation>该文件不包含任何运行</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="59"/>
        <source>--format: unknown format &apos;%1&apos; (png, pdf, svg)</source>
        <translation>--format：未知格式 &apos;%1&apos;（png、pdf、svg）</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="107"/>
        <source>Workbench for sequential knowledge editing</source>
        <translation>序列知识编辑工作台</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="110"/>
        <source>a run file (.db) to open</source>
        <translation>要打开的运行文件（.db）</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="112"/>
        <source>the demo world folder (default: $EDITSCOPE_DEMO_WORLD or the user data folder)</source>
        <translation>演示环境所在的文件夹（默认：$EDITSCOPE_DEMO_WORLD 或用户数据文件夹）</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="113"/>
        <source>do not build a missing demo world on start</source>
        <translation>启动时不构建缺失的演示环境</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="114"/>
        <source>user interface language, e.g. de, zh_CN, en (default: the system locale)</source>
        <translation>界面语言，例如 de、zh_CN、en（默认：系统区域设置）</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="115"/>
        <source>system, light or dark</source>
        <translation>system、light 或 dark</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="116"/>
        <source>write every dashboard figure of a run into DIR and exit</source>
        <translation>将某次运行的全部仪表板图表写入 DIR，然后退出</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="117"/>
        <source>with --export-figures: the run file</source>
        <translation>配合 --export-figures：运行文件</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="118"/>
        <source>with --export-figures: the run id (default: the file&apos;s last run)</source>
        <translation>配合 --export-figures：运行 ID（默认：文件中的最后一次运行）</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="119"/>
        <source>with --export-figures: comma-separated formats</source>
        <translation>配合 --export-figures：以逗号分隔的格式</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="120"/>
        <source>with --export-figures: PNG resolution</source>
        <translation>配合 --export-figures：PNG 分辨率</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="121"/>
        <source>with FILE.db: continue its run (--run, default the last) right away</source>
        <translation>配合 FILE.db：立即继续其中的运行（--run，默认最后一次）</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="122"/>
        <source>with FILE.db: select this step when the file opens</source>
        <translation>配合 FILE.db：打开文件时选中该步骤</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="123"/>
        <source>with FILE.db: raise this panel: steps, disabling or inspector</source>
        <translation>配合 FILE.db：将该面板置于最前：steps、disabling 或 inspector</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="124"/>
        <source>time opening a run file and drawing its dashboard, then exit</source>
        <translation>测量打开运行文件并绘制其仪表板的耗时，然后退出</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="132"/>
        <source>--export-figures needs --db FILE</source>
        <translation>--export-figures 需要 --db 文件</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="150"/>
        <source>--view: no panel &apos;%1&apos; (steps, disabling, inspector)</source>
        <translation>--view：没有面板 &apos;%1&apos;（steps、disabling、inspector）</translation>
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
    <name>editscope::Dashboard</name>
    <message>
        <location filename="../widgets/dashboard.cpp" line="33"/>
        <source>Log scale (norms)</source>
        <translation>对数刻度（范数）</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="38"/>
        <source> edits</source>
        <translation> 次编辑</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="39"/>
        <source>Bucket size of the paper&apos;s smoothing: each dashed point is the mean of this many edits</source>
        <translation>论文平滑方法中的桶大小：每个虚线点是这么多次编辑的平均值</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="42"/>
        <source> buckets</source>
        <translation> 个桶</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="43"/>
        <source>Moving-average window over the bucket means (the solid lines)</source>
        <translation>对各桶均值做移动平均的窗口大小（实线）</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="44"/>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="45"/>
        <source>Show the whole run on every plot</source>
        <translation>在每个图中显示整个运行</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="46"/>
        <source>&amp;Bucket:</source>
        <translation>桶大小(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="48"/>
        <source>Moving &amp;window:</source>
        <translation>移动窗口(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="128"/>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建该文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="146"/>
        <source>%1: the folder does not exist</source>
        <translation>%1：该文件夹不存在</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="152"/>
        <source>EditScope dashboard</source>
        <translation>EditScope 仪表板</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="159"/>
        <source>%1: could not write the PDF file</source>
        <translation>%1：无法写入 PDF 文件</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard.cpp" line="171"/>
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
        <location filename="../widgets/dashboard_plot.cpp" line="464"/>
        <source>Edits %1–%2 (mean of the bucket)</source>
        <translation>第 %1–%2 次编辑（桶均值）</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.cpp" line="466"/>
        <source>Step 0 (unedited model)</source>
        <translation>第 0 步（未编辑的模型）</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.cpp" line="466"/>
        <source>Step %1 · %2 edits</source>
        <translation>第 %1 步 · %2 次编辑</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.cpp" line="472"/>
        <source>Case %1: %2</source>
        <translation>案例 %1：%2</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.cpp" line="474"/>
        <source>Subject: %1</source>
        <translation>主体：%1</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.cpp" line="476"/>
        <source>Value: %1</source>
        <translation>值：%1</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot_export.cpp" line="199"/>
        <source>unknown figure format &quot;%1&quot; (png, pdf or svg)</source>
        <translation>未知的图表格式“%1”（png、pdf 或 svg）</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot_export.cpp" line="201"/>
        <source>DPI %1 is outside 24..1200</source>
        <translation>DPI %1 超出 24..1200 的范围</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot_export.cpp" line="203"/>
        <source>%1: the folder does not exist</source>
        <translation>%1：该文件夹不存在</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot_export.cpp" line="219"/>
        <source>EditScope figure: %1 against %2</source>
        <translation>EditScope 图表：%1 随 %2 的变化</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot_export.cpp" line="230"/>
        <source>%1: could not write the %2 file</source>
        <translation>%1：无法写入 %2 文件</translation>
    </message>
    <message>
        <location filename="../widgets/dashboard_plot.h" line="66"/>
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
        <location filename="../widgets/downstream_plot.cpp" line="20"/>
        <source>Invalid answers</source>
        <translation>无效回答</translation>
    </message>
    <message>
        <location filename="../widgets/downstream_plot.cpp" line="52"/>
        <source>accuracy</source>
        <translation>准确率</translation>
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
        <translation>%1 无效回答</translation>
    </message>
    <message>
        <location filename="../widgets/downstream_plot.h" line="20"/>
        <source>Downstream tasks</source>
        <translation>下游任务</translation>
    </message>
    <message>
        <location filename="../widgets/downstream_plot.h" line="21"/>
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
        <location filename="../widgets/score_plots.h" line="52"/>
        <source>Efficacy of the edit just made</source>
        <translation>刚完成的编辑的有效性</translation>
    </message>
</context>
<context>
    <name>editscope::EntropyPlot</name>
    <message>
        <location filename="../widgets/entropy_plot.cpp" line="22"/>
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
        <location filename="../widgets/main_window.cpp" line="212"/>
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
        <location filename="../widgets/main_window.cpp" line="209"/>
        <source>&amp;Close run file</source>
        <translation>关闭运行文件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="214"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="216"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="217"/>
        <source>&amp;Pause after this step</source>
        <translation>本步完成后暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="219"/>
        <source>&amp;Step (one edit)</source>
        <translation>单步执行（一次编辑）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="221"/>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="227"/>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="231"/>
        <source>&amp;Branch from the selected step…</source>
        <translation>从所选步骤分支(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="234"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="235"/>
        <source>&amp;Previous edit</source>
        <translation>上一个编辑(&amp;P)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="237"/>
        <source>&amp;Next edit</source>
        <translation>下一个编辑(&amp;N)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="238"/>
        <source>&amp;First edit</source>
        <translation>第一个编辑(&amp;F)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="240"/>
        <source>&amp;Last edit</source>
        <translation>最后一个编辑(&amp;L)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="241"/>
        <source>Next &amp;flagged edit</source>
        <translation>下一个已标记的编辑(&amp;M)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="243"/>
        <source>Previous flagged edit</source>
        <translation>上一个已标记的编辑(&amp;K)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="246"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="250"/>
        <source>&amp;Reset zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="252"/>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="255"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="257"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="257"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="257"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="267"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="268"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="270"/>
        <source>&amp;About EditScope</source>
        <translation>关于 EditScope(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="272"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="280"/>
        <source> Run: </source>
        <translation> 运行：</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="306"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="307"/>
        <source>Disabling edits</source>
        <translation>失能编辑</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="310"/>
        <source>Edit inspector</source>
        <translation>编辑检查器</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="332"/>
        <source>step %1 / %2 · %3</source>
        <translation>第 %1 / %2 步 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="336"/>
        <source>elapsed %1, ETA %2</source>
        <translation>已用 %1，预计剩余 %2</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="364"/>
        <source>#%1 %2 · %3 · %4 steps · %5</source>
        <translation>#%1 %2 · %3 · %4 步 · %5</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="369"/>
        <source> (branch of #%1 after its step %2)</source>
        <translation>（#%1 在其第 %2 步之后的分支）</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="386"/>
        <source>%1 — EditScope</source>
        <translation>%1 — EditScope</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="389"/>
        <source>%1 holds no run yet; it is shown as soon as one is stored.</source>
        <translation>%1 中还没有运行；一旦有运行存入就会显示。</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="391"/>
        <source>The model folder of this run moved or was deleted (%1): the stored results are shown, but the run cannot be resumed from here.</source>
        <translation>此运行的模型文件夹已被移动或删除（%1）：仍会显示已存储的结果，但无法从这里继续该运行。</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="410"/>
        <source>Select the step to branch from first.</source>
        <translation>请先选择要从中分支的步骤。</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="456"/>
        <source>Demo world</source>
        <translation>演示环境</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="460"/>
        <source>Demo world: %1 %2%, ETA %3</source>
        <translation>演示环境：%1 %2%，预计剩余 %3</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="464"/>
        <source>The demo world is ready.</source>
        <translation>演示环境已就绪。</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="471"/>
        <source>Building the demo world was cancelled.</source>
        <translation>已取消构建演示环境。</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="473"/>
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="495"/>
        <source>Open run file</source>
        <translation>打开运行文件</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="495"/>
        <source>Run files (*.db);;All files (*)</source>
        <translation>运行文件 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="522"/>
        <source>Clear the list</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="550"/>
        <source>A run is computing</source>
        <translation>有运行正在计算</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="551"/>
        <source>Stop the run and quit? The steps stored so far stay in the run file, and the run can be resumed later.</source>
        <translation>停止运行并退出？已存储的步骤会保留在运行文件中，之后可以继续该运行。</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="601"/>
        <source>Export every figure into a folder</source>
        <translation>将所有图表导出到文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="606"/>
        <source>Export figures</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="606"/>
        <source>PNG resolution (DPI)</source>
        <translation>PNG 分辨率（DPI）</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="613"/>
        <source>Wrote %1 files into %2</source>
        <translation>已将 %1 个文件写入 %2</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="620"/>
        <source>Export the dashboard as one PDF</source>
        <translation>将仪表板导出为单个 PDF</translation>
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
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="634"/>
        <source>Export the visible data as CSV</source>
        <translation>将可见数据导出为 CSV</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="636"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="641"/>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="650"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="653"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="653"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="664"/>
        <source>Plots: drag to pan, wheel to zoom the x axis (all plots follow)</source>
        <translation>图表：拖动以平移，滚轮缩放 x 轴（所有图表同步）</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="665"/>
        <source>Plots: click a point to select its edit</source>
        <translation>图表：点击某个点以选中其编辑</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="665"/>
        <source>Steps table: type in the filter; &quot;flag:&quot; shows flagged edits</source>
        <translation>步骤表：在筛选框中输入；“flag:” 显示已标记的编辑</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="670"/>
        <source>mouse</source>
        <translation>鼠标</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="684"/>
        <source>no run open</source>
        <translation>未打开运行</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="689"/>
        <source>%1 (weights SHA-256 %2…)</source>
        <translation>%1（权重 SHA-256 %2…）</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="691"/>
        <source>About EditScope</source>
        <translation>关于 EditScope</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="692"/>
        <source>&lt;h3&gt;EditScope %1&lt;/h3&gt;&lt;p&gt;A workbench for sequential knowledge editing (ROME, r-ROME, MEMIT).&lt;/p&gt;&lt;p&gt;Qt %2 · libtorch %3 · %4 compute threads&lt;/p&gt;&lt;p&gt;Model: %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EditScope %1&lt;/h3&gt;&lt;p&gt;序列知识编辑工作台（ROME、r-ROME、MEMIT）。&lt;/p&gt;&lt;p&gt;Qt %2 · libtorch %3 · %4 个计算线程&lt;/p&gt;&lt;p&gt;模型：%5&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>editscope::NeighborhoodPlot</name>
    <message>
        <location filename="../widgets/score_plots.h" line="68"/>
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
        <location filename="../widgets/norm_plot.cpp" line="15"/>
        <source>‖W − W₀‖_F (drift)</source>
        <translation>‖W − W₀‖_F（漂移）</translation>
    </message>
    <message>
        <location filename="../widgets/norm_plot.cpp" line="16"/>
        <source>‖W‖_F (weight)</source>
        <translation>‖W‖_F（权重）</translation>
    </message>
    <message>
        <location filename="../widgets/norm_plot.cpp" line="17"/>
        <source>‖ΔW‖_F (this edit)</source>
        <translation>‖ΔW‖_F（本次编辑）</translation>
    </message>
    <message>
        <location filename="../widgets/norm_plot.cpp" line="18"/>
        <source>‖W − W₀‖_F / numel</source>
        <translation>‖W − W₀‖_F / numel</translation>
    </message>
    <message>
        <location filename="../widgets/norm_plot.cpp" line="19"/>
        <source>Which norm of the edited layers to plot</source>
        <translation>选择要绘制的被编辑层范数</translation>
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
        <translation>本步的 ‖ΔW‖_F</translation>
    </message>
    <message>
        <location filename="../widgets/norm_plot.cpp" line="44"/>
        <source>‖W − W₀‖_F / numel(W)</source>
        <translation>‖W − W₀‖_F / numel(W)</translation>
    </message>
    <message>
        <location filename="../widgets/norm_plot.cpp" line="85"/>
        <source>layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <location filename="../widgets/norm_plot.h" line="23"/>
        <source>Edited-layer norms</source>
        <translation>被编辑层的范数</translation>
    </message>
</context>
<context>
    <name>editscope::ParaphrasePlot</name>
    <message>
        <location filename="../widgets/score_plots.h" line="60"/>
        <source>Paraphrase (generalisation)</source>
        <translation>释义（泛化性）</translation>
    </message>
</context>
<context>
    <name>editscope::RetentionPlot</name>
    <message>
        <location filename="../widgets/retention_plot.cpp" line="23"/>
        <source>still recalled (ES = 1)</source>
        <translation>仍被记住（ES = 1）</translation>
    </message>
    <message>
        <location filename="../widgets/retention_plot.cpp" line="30"/>
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
    <name>editscope::ScorePlot</name>
    <message>
        <location filename="../widgets/score_plots.cpp" line="41"/>
        <source>%1 per edit</source>
        <translation>%1（每次编辑）</translation>
    </message>
    <message>
        <location filename="../widgets/score_plots.cpp" line="69"/>
        <source>%1 bucket mean (%2)</source>
        <translation>%1 桶均值（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/score_plots.cpp" line="72"/>
        <source>%1 moving avg. (%2)</source>
        <translation>%1 移动平均（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/score_plots.h" line="29"/>
        <source>Score (×100)</source>
        <translation>得分（×100）</translation>
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

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddConnector</name>
    <message>
        <source>Add connector</source>
        <translation>添加连线</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Autosave failed: {error}</source>
        <translation>自动保存失败：{error}</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <source>Card text</source>
        <translation>卡片文字</translation>
    </message>
    <message>
        <source>What happens here?</source>
        <translation>这里发生了什么？</translation>
    </message>
    <message>
        <source>Ctrl+Enter or leaving the field saves; Esc puts the text back</source>
        <translation>按 Ctrl+Enter 或离开此栏即保存；按 Esc 恢复原文字</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Card colour</source>
        <translation>卡片颜色</translation>
    </message>
    <message>
        <source>Lane colour</source>
        <translation>泳道颜色</translation>
    </message>
    <message>
        <source>No colour of its own: use the lane&apos;s colour</source>
        <translation>不单独设色：使用泳道颜色</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Card tags</source>
        <translation>卡片标签</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>e.g. Web, Store</source>
        <translation>例如：网站、门店</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Team or role</source>
        <translation>团队或角色</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Fail point</source>
        <translation>失误点</translation>
    </message>
    <message>
        <source>Where the service can fail the customer</source>
        <translation>服务可能让客户失望的地方</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>补救措施</translation>
    </message>
    <message>
        <source>How the service recovers</source>
        <translation>服务如何补救</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>票数</translation>
    </message>
    <message>
        <source>Change card colour</source>
        <translation>更改卡片颜色</translation>
    </message>
    <message>
        <source>Use lane colour</source>
        <translation>使用泳道颜色</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message numerus="yes">
        <source>Add %n tags</source>
        <translation>
            <numerusform>添加 %n 个标签</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>A channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Change channel</source>
        <translation>更改渠道</translation>
    </message>
    <message>
        <source>Clear channel</source>
        <translation>清除渠道</translation>
    </message>
    <message>
        <source>An owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>更改负责人</translation>
    </message>
    <message>
        <source>Clear owner</source>
        <translation>清除负责人</translation>
    </message>
    <message>
        <source>Mark card {evidence}</source>
        <translation>将卡片标记为{evidence}</translation>
    </message>
    <message>
        <source>Clear evidence</source>
        <translation>清除证据状态</translation>
    </message>
    <message>
        <source>Mark fail point</source>
        <translation>标记失误点</translation>
    </message>
    <message>
        <source>Clear fail point</source>
        <translation>取消失误点</translation>
    </message>
    <message>
        <source>Edit recovery</source>
        <translation>编辑补救措施</translation>
    </message>
    <message>
        <source>Change duration</source>
        <translation>更改时长</translation>
    </message>
    <message>
        <source>Clear duration</source>
        <translation>清除时长</translation>
    </message>
    <message>
        <source>Change votes</source>
        <translation>更改票数</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <source>Cards</source>
        <translation>卡片</translation>
    </message>
    <message>
        <source>Colour of the selected cards</source>
        <translation>所选卡片的颜色</translation>
    </message>
    <message>
        <source>Lane colour</source>
        <translation>泳道颜色</translation>
    </message>
    <message>
        <source>No colour of their own: use each lane&apos;s colour</source>
        <translation>不单独设色：各自使用所在泳道的颜色</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Evidence of the selected cards</source>
        <translation>所选卡片的证据状态</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Fail points</source>
        <translation>失误点</translation>
    </message>
    <message>
        <source>Fail point, for all selected cards</source>
        <translation>失误点（应用于所有所选卡片）</translation>
    </message>
    <message numerus="yes">
        <source>%n cards selected</source>
        <translation>
            <numerusform>已选择 %n 张卡片</numerusform>
        </translation>
    </message>
    <message>
        <source>in {lanes} · {stages}</source>
        <translation>位于 {lanes} · {stages}</translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n 条泳道</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n 个阶段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change colour of %n cards</source>
        <translation>
            <numerusform>更改 %n 张卡片的颜色</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use lane colour for %n cards</source>
        <translation>
            <numerusform>%n 张卡片改用泳道颜色</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n cards {evidence}</source>
        <translation>
            <numerusform>将 %n 张卡片标记为{evidence}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear evidence of %n cards</source>
        <translation>
            <numerusform>清除 %n 张卡片的证据状态</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n fail points</source>
        <translation>
            <numerusform>标记 %n 个失误点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n fail points</source>
        <translation>
            <numerusform>取消 %n 个失误点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColourSwatches</name>
    <message>
        <source>Custom colour</source>
        <translation>自定义颜色</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <source>{name} amount</source>
        <translation>{name}数值</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>How long this step takes; leave empty for none</source>
        <translation>此步骤所需时间；留空表示不设置</translation>
    </message>
    <message>
        <source>{name} unit</source>
        <translation>{name}单位</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Reorder card</source>
        <translation>调整卡片顺序</translation>
    </message>
    <message numerus="yes">
        <source>Reorder %n cards</source>
        <translation>
            <numerusform>调整 %n 张卡片的顺序</numerusform>
        </translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>移动卡片</translation>
    </message>
    <message numerus="yes">
        <source>Move %n cards</source>
        <translation>
            <numerusform>移动 %n 张卡片</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit card text</source>
        <translation>编辑卡片文字</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>添加卡片</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n cards</source>
        <translation>
            <numerusform>复制 %n 张卡片</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate card</source>
        <translation>复制卡片</translation>
    </message>
    <message>
        <source>Vote for card</source>
        <translation>为卡片投票</translation>
    </message>
    <message numerus="yes">
        <source>Vote for %n cards</source>
        <translation>
            <numerusform>为 %n 张卡片投票</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove vote</source>
        <translation>撤回投票</translation>
    </message>
    <message numerus="yes">
        <source>Remove votes from %n cards</source>
        <translation>
            <numerusform>撤回 %n 张卡片的投票</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear votes</source>
        <translation>清除投票</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>删除卡片</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n cards</source>
        <translation>
            <numerusform>删除 %n 张卡片</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete connector</source>
        <translation>删除连线</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n connectors</source>
        <translation>
            <numerusform>删除 %n 条连线</numerusform>
        </translation>
    </message>
    <message>
        <source>Relabel connector</source>
        <translation>修改连线标签</translation>
    </message>
    <message>
        <source>Reverse connector</source>
        <translation>反转连线</translation>
    </message>
    <message>
        <source>Make connector two-way</source>
        <translation>设为双向连线</translation>
    </message>
    <message>
        <source>Make connector one-way</source>
        <translation>设为单向连线</translation>
    </message>
    <message>
        <source>Change emotion</source>
        <translation>更改情绪</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>重命名阶段</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>重命名泳道</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>删除步骤</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>移动步骤</translation>
    </message>
    <message>
        <source>Merge steps</source>
        <translation>合并步骤</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>重命名步骤</translation>
    </message>
    <message>
        <source>Resize step</source>
        <translation>调整步骤宽度</translation>
    </message>
    <message>
        <source>Resize lane</source>
        <translation>调整泳道高度</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>添加泳道</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>删除泳道</translation>
    </message>
    <message>
        <source>Add map</source>
        <translation>添加旅程图</translation>
    </message>
    <message>
        <source>Duplicate map</source>
        <translation>复制旅程图</translation>
    </message>
    <message>
        <source>Delete map</source>
        <translation>删除旅程图</translation>
    </message>
    <message>
        <source>Rename map</source>
        <translation>重命名旅程图</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>添加客户画像</translation>
    </message>
    <message>
        <source>Link persona</source>
        <translation>在旅程图上显示客户画像</translation>
    </message>
    <message>
        <source>Unlink persona</source>
        <translation>从旅程图移除客户画像</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>删除客户画像</translation>
    </message>
    <message>
        <source>Rename line</source>
        <translation>重命名分隔线</translation>
    </message>
    <message>
        <source>Hide curve</source>
        <translation>隐藏曲线</translation>
    </message>
    <message>
        <source>Show curve</source>
        <translation>显示曲线</translation>
    </message>
    <message>
        <source>Link maps</source>
        <translation>关联旅程图</translation>
    </message>
    <message>
        <source>Unlink maps</source>
        <translation>取消关联旅程图</translation>
    </message>
    <message>
        <source>Import metrics</source>
        <translation>导入指标</translation>
    </message>
    <message>
        <source>Add metric</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <source>Delete metric</source>
        <translation>删除指标</translation>
    </message>
    <message>
        <source>Edit readings</source>
        <translation>编辑读数</translation>
    </message>
    <message>
        <source>Set funnel metric</source>
        <translation>设为漏斗指标</translation>
    </message>
    <message>
        <source>Clear funnel metric</source>
        <translation>清除漏斗指标</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>纸张大小</translation>
    </message>
    <message>
        <source>e.g. 900x600mm</source>
        <translation>例如 900x600mm</translation>
    </message>
    <message>
        <source>Custom page size</source>
        <translation>自定义纸张大小</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>This map: {title}</source>
        <translation>当前旅程图：{title}</translation>
    </message>
    <message numerus="yes">
        <source>All %n maps, with a page per persona</source>
        <translation>
            <numerusform>全部 %n 张旅程图，每个客户画像一页</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole project, with a page per persona</source>
        <translation>整个项目，每个客户画像一页</translation>
    </message>
    <message>
        <source>Open the PDF when it is ready</source>
        <translation>导出完成后打开 PDF</translation>
    </message>
    <message>
        <source>A scorecard page after each map with metrics or an emotion curve</source>
        <translation>在每张含指标或情绪曲线的地图后附计分卡页</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>旅程图</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s): a guide page, then {columns} × {rows} tiles to tape together</source>
        <translation>
            <numerusform>%n 页：一页拼接说明，然后是 {columns} × {rows} 张待拼贴的分页</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find cards, tags, channels, owners…</source>
        <translation>查找卡片、标签、渠道、负责人…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>No cards found</source>
        <translation>未找到卡片</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>第 {current} 个，共 {total} 个</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>Metrics imported</source>
        <translation>指标已导入</translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s) created</source>
        <translation>
            <numerusform>已创建 %n 个指标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>已更新 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dated reading(s) added</source>
        <translation>
            <numerusform>已添加 %n 个带日期的读数</numerusform>
        </translation>
    </message>
    <message>
        <source>{source}: {created}, {updated}, {readings}.</source>
        <translation>{source}：{created}，{updated}，{readings}。</translation>
    </message>
    <message>
        <source>A metrics lane was added to the map.</source>
        <translation>已在地图中添加指标泳道。</translation>
    </message>
    <message>
        <source>{source}: nothing was imported.</source>
        <translation>{source}：未导入任何内容。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Not imported because</source>
        <translation>未导入原因</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) matched no stage or could not be read:</source>
        <translation>
            <numerusform>%n 行未匹配任何阶段或无法读取：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
</context>
<context>
    <name>LanePage</name>
    <message>
        <source>Lane</source>
        <translation>泳道</translation>
    </message>
    <message>
        <source>Lane title</source>
        <translation>泳道标题</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Lane kind</source>
        <translation>泳道类型</translation>
    </message>
    <message>
        <source>The kind is chosen when the lane is added</source>
        <translation>类型在添加泳道时选定</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Lane description</source>
        <translation>泳道说明</translation>
    </message>
    <message>
        <source>Shown in grey under the title</source>
        <translation>以灰色显示在标题下方</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Lane colour</source>
        <translation>泳道颜色</translation>
    </message>
    <message>
        <source>Kind colour</source>
        <translation>类型颜色</translation>
    </message>
    <message>
        <source>No colour of its own: use the colour of the lane kind</source>
        <translation>不单独设色：使用泳道类型的颜色</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Lowest level</source>
        <translation>最低等级</translation>
    </message>
    <message>
        <source>Highest level</source>
        <translation>最高等级</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>最高</translation>
    </message>
    <message>
        <source>Emotion scale</source>
        <translation>情绪刻度</translation>
    </message>
    <message>
        <source>Level labels</source>
        <translation>等级标签</translation>
    </message>
    <message>
        <source>Apply scale</source>
        <translation>应用刻度</translation>
    </message>
    <message>
        <source>Lane {number} of {count}</source>
        <translation>第 {number} 条泳道，共 {count} 条</translation>
    </message>
    <message>
        <source>A lane needs a name.</source>
        <translation>泳道需要名称。</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>重命名泳道</translation>
    </message>
    <message>
        <source>Edit lane description</source>
        <translation>编辑泳道说明</translation>
    </message>
    <message>
        <source>Change lane colour</source>
        <translation>更改泳道颜色</translation>
    </message>
    <message>
        <source>Use kind colour for lane</source>
        <translation>泳道改用类型颜色</translation>
    </message>
    <message>
        <source>Choose a lowest level below the highest.</source>
        <translation>请选择低于最高等级的最低等级。</translation>
    </message>
    <message numerus="yes">
        <source>%n levels, {low} to {high}: one label per line, lowest first, or none for numbers.</source>
        <translation>
            <numerusform>%n 个等级，从 {low} 到 {high}：每行一个标签，从最低开始；不填则显示数字。</numerusform>
        </translation>
    </message>
    <message>
        <source>Change emotion scale</source>
        <translation>更改情绪刻度</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Journey Designer projects (*.journey);;All files (*)</source>
        <translation>Journey Designer 项目 (*.journey);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>未命名项目</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>旅程图</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>组件面板</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>客户画像</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>计分卡</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New from Template…</source>
        <translation>从模板新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Import &amp;Mermaid Journey…</source>
        <translation>导入 Mermaid 旅程(&amp;M)…</translation>
    </message>
    <message>
        <source>Export Mermaid Journey…</source>
        <translation>导出 Mermaid 旅程…</translation>
    </message>
    <message>
        <source>Copy as &amp;Mermaid</source>
        <translation>复制为 Mermaid(&amp;M)</translation>
    </message>
    <message>
        <source>Import Metrics &amp;CSV…</source>
        <translation>导入指标 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;Image (PNG, SVG)…</source>
        <translation>导出图片 (PNG, SVG)(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit Card Text</source>
        <translation>编辑卡片文字(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;New Card in Cell</source>
        <translation>在单元格中新建卡片(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>首选项(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>插入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>阶段(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;tep in Stage</source>
        <translation>阶段中的步骤(&amp;T)</translation>
    </message>
    <message>
        <source>Text &amp;Lane</source>
        <translation>文本泳道(&amp;L)</translation>
    </message>
    <message>
        <source>Lane of &amp;Kind</source>
        <translation>指定类型的泳道(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>旅程图(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;New Map from Template…</source>
        <translation>从模板新建旅程图(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Rename Map…</source>
        <translation>重命名旅程图(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Duplicate Map</source>
        <translation>复制旅程图(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;lete Map</source>
        <translation>删除旅程图(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Link to Map…</source>
        <translation>关联到旅程图(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Go to Linked Map</source>
        <translation>转到关联的旅程图(&amp;G)</translation>
    </message>
    <message>
        <source>Rename &amp;Stage</source>
        <translation>重命名阶段(&amp;S)</translation>
    </message>
    <message>
        <source>Rename S&amp;tep</source>
        <translation>重命名步骤(&amp;T)</translation>
    </message>
    <message>
        <source>Rename &amp;Lane</source>
        <translation>重命名泳道(&amp;L)</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <source>Delete Step</source>
        <translation>删除步骤</translation>
    </message>
    <message>
        <source>Delete Lane</source>
        <translation>删除泳道</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit Map</source>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>实际大小 (100 %)(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>关于 {app}(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Click a cell or a card first.</source>
        <translation>请先点击一个单元格或一张卡片。</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>正在打开 {name}…</translation>
    </message>
    <message>
        <source>The project could not be opened</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>The sample project could not be opened</source>
        <translation>无法打开示例项目</translation>
    </message>
    <message>
        <source>This is the sample project: explore it freely, Save asks where to keep your copy.</source>
        <translation>这是示例项目：可随意探索，保存时会询问您的副本存放位置。</translation>
    </message>
    <message>
        <source>The unsaved work could not be restored</source>
        <translation>无法恢复未保存的工作</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>“{name}” is open in another {app}; choose another file name.</source>
        <translation>“{name}”已在另一个 {app} 中打开；请选择其他文件名。</translation>
    </message>
    <message>
        <source>The project could not be saved</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Resolution (dots per inch):</source>
        <translation>分辨率（每英寸点数）：</translation>
    </message>
    <message>
        <source>The image was not written</source>
        <translation>图片未写入</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>已导出 {name}</translation>
    </message>
    <message>
        <source>The PDF was not written: {error}.</source>
        <translation>PDF 未写入：{error}。</translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <translation>正在导出 {name}…</translation>
    </message>
    <message>
        <source>The PDF was not written</source>
        <translation>PDF 未写入</translation>
    </message>
    <message numerus="yes">
        <source>Exported {name} (%n page(s))</source>
        <translation>
            <numerusform>已导出 {name}（%n 页）</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} was written, but some characters have no glyph in the bundled fonts.</source>
        <translation>已写入 {name}，但部分字符在内置字体中没有字形。</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing?

Your changes will be lost if you don’t save them.</source>
        <translation>关闭前是否保存对“{name}”的更改？

如果不保存，您的更改将会丢失。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) were found.</source>
        <translation>
            <numerusform>发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>剪贴板</translation>
    </message>
    <message>
        <source>Select a card or a cell to paste into.</source>
        <translation>请选择要粘贴到的卡片或单元格。</translation>
    </message>
    <message>
        <source>Paste card</source>
        <translation>粘贴卡片</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cards</source>
        <translation>
            <numerusform>粘贴 %n 张卡片</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete selection</source>
        <translation>删除所选内容</translation>
    </message>
    <message>
        <source>{name} (read-only)</source>
        <translation>{name}（只读）</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n 张卡片</numerusform>
        </translation>
    </message>
    <message>
        <source>linked with “{title}”</source>
        <translation>已关联“{title}”</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>已选择 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Some pictures could not be added.</source>
        <translation>部分图片无法添加。</translation>
    </message>
    <message>
        <source>The picture could not be added.</source>
        <translation>无法添加图片。</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent}%</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <source>The stage “{name}” needs at least one step.</source>
        <translation>阶段“{name}”至少需要一个步骤。</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>添加卡片</translation>
    </message>
    <message>
        <source>Drop pictures on a cell of a card lane (for example a storyboard lane).</source>
        <translation>请将图片拖放到卡片泳道的单元格中（例如故事板泳道）。</translation>
    </message>
    <message>
        <source>Add picture</source>
        <translation>添加图片</translation>
    </message>
    <message numerus="yes">
        <source>Add %n pictures</source>
        <translation>
            <numerusform>添加 %n 张图片</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MermaidActions</name>
    <message>
        <source>Mermaid journey (*.mmd *.mermaid *.md *.txt);;All files (*)</source>
        <translation>Mermaid 旅程 (*.mmd *.mermaid *.md *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import Mermaid journey</source>
        <translation>导入 Mermaid 旅程</translation>
    </message>
    <message>
        <source>The diagram could not be imported</source>
        <translation>无法导入该图表</translation>
    </message>
    <message>
        <source>Export Mermaid journey</source>
        <translation>导出 Mermaid 旅程</translation>
    </message>
    <message>
        <source>The diagram was not written</source>
        <translation>图表未写入</translation>
    </message>
    <message>
        <source>{name} was written</source>
        <translation>已写入 {name}</translation>
    </message>
    <message>
        <source>The Mermaid diagram is on the clipboard</source>
        <translation>Mermaid 图表已复制到剪贴板</translation>
    </message>
    <message>
        <source>{done}; Mermaid cannot hold everything the map has.</source>
        <translation>{done}；Mermaid 无法容纳旅程图中的全部内容。</translation>
    </message>
</context>
<context>
    <name>MessageLabel</name>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>MetricPage</name>
    <message>
        <source>Type a number, such as 1250 or 2.5.</source>
        <translation>请输入数字，例如 1250 或 2.5。</translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>数字太大。</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Off target</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Metric name</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>e.g. 1250 or 2.5</source>
        <translation>例如 1250 或 2.5</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>e.g. %, zł, visits</source>
        <translation>例如 %、元、访问</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>Off: the metric is on target at or below the target</source>
        <translation>关闭时：数值等于或低于目标即为达标</translation>
    </message>
    <message>
        <source>Dated readings</source>
        <translation>带日期的读数</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>读数</translation>
    </message>
    <message>
        <source>Add reading</source>
        <translation>添加读数</translation>
    </message>
    <message>
        <source>Remove reading</source>
        <translation>删除读数</translation>
    </message>
    <message>
        <source>Funnel metric of this map</source>
        <translation>本地图的漏斗指标</translation>
    </message>
    <message>
        <source>The scorecard&apos;s funnel shows this metric at every stage that has it</source>
        <translation>计分卡的漏斗会在每个含此指标的阶段显示它</translation>
    </message>
    <message>
        <source>Delete metric</source>
        <translation>删除指标</translation>
    </message>
    <message>
        <source>The latest reading&apos;s value; edit the readings below to change it.</source>
        <translation>最新读数的数值；要修改，请编辑下方的读数。</translation>
    </message>
    <message>
        <source>A metric needs a name.</source>
        <translation>指标需要名称。</translation>
    </message>
    <message>
        <source>Rename metric</source>
        <translation>重命名指标</translation>
    </message>
    <message>
        <source>Edit metric value</source>
        <translation>编辑指标数值</translation>
    </message>
    <message>
        <source>Edit metric target</source>
        <translation>编辑指标目标</translation>
    </message>
    <message>
        <source>A unit can be at most 20 characters.</source>
        <translation>单位最多 20 个字符。</translation>
    </message>
    <message>
        <source>Edit metric unit</source>
        <translation>编辑指标单位</translation>
    </message>
    <message>
        <source>Change metric direction</source>
        <translation>更改指标方向</translation>
    </message>
    <message>
        <source>Row {row}: write the date as YYYY-MM-DD, e.g. 2026-10-01.</source>
        <translation>第 {row} 行：日期请写成 YYYY-MM-DD，例如 2026-10-01。</translation>
    </message>
    <message>
        <source>Row {row}: type a value.</source>
        <translation>第 {row} 行：请输入数值。</translation>
    </message>
    <message>
        <source>Two readings have the same date.</source>
        <translation>两个读数的日期相同。</translation>
    </message>
    <message>
        <source>There is already a reading for today.</source>
        <translation>今天已有读数。</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Metrics of this stage</source>
        <translation>本阶段的指标</translation>
    </message>
    <message>
        <source>Add metric</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <source>New metric</source>
        <translation>新指标</translation>
    </message>
</context>
<context>
    <name>MetricsActions</name>
    <message>
        <source>Open a map first.</source>
        <translation>请先打开一张地图。</translation>
    </message>
    <message>
        <source>Import metrics CSV</source>
        <translation>导入指标 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The metrics could not be imported</source>
        <translation>无法导入指标</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
</context>
<context>
    <name>MoveLane</name>
    <message>
        <source>Move lane</source>
        <translation>移动泳道</translation>
    </message>
</context>
<context>
    <name>MoveStage</name>
    <message>
        <source>Move stage</source>
        <translation>移动阶段</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>CARDS — drag into a cell</source>
        <translation>卡片 — 拖入单元格</translation>
    </message>
    <message>
        <source>LANES — drag between lanes</source>
        <translation>泳道 — 拖到两条泳道之间</translation>
    </message>
    <message>
        <source>Card types</source>
        <translation>卡片类型</translation>
    </message>
    <message>
        <source>Drag onto a cell to add a card of this kind: {name}</source>
        <translation>拖到单元格中以添加此类卡片：{name}</translation>
    </message>
    <message>
        <source>Lane types</source>
        <translation>泳道类型</translation>
    </message>
    <message>
        <source>Drag between two lanes to insert this lane there</source>
        <translation>拖到两条泳道之间，在该处插入此泳道</translation>
    </message>
</context>
<context>
    <name>PersonaPanel</name>
    <message>
        <source>Personas</source>
        <translation>客户画像</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>添加客户画像</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>照片…</translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG, or drop one on this panel</source>
        <translation>选择 PNG 或 JPEG 图片，或直接拖放到此面板</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <source>Remove persona photo</source>
        <translation>移除客户画像照片</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>痛点</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>期望</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引言</translation>
    </message>
    <message>
        <source>Show on this map</source>
        <translation>在此旅程图中显示</translation>
    </message>
    <message>
        <source>The map&apos;s header and exports show the personas linked to it</source>
        <translation>旅程图的页眉和导出文件会显示与之关联的客户画像</translation>
    </message>
    <message>
        <source>A persona needs a name.</source>
        <translation>客户画像需要名称。</translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation>编辑客户画像</translation>
    </message>
    <message>
        <source>Persona {number}</source>
        <translation>客户画像 {number}</translation>
    </message>
    <message>
        <source>Delete the persona “{name}” and its emotion curves on every map?
You can undo this with Edit → Undo.</source>
        <translation>删除客户画像“{name}”及其在所有旅程图上的情绪曲线？
可以通过“编辑 → 撤销”恢复。</translation>
    </message>
    <message>
        <source>Persona photo</source>
        <translation>客户画像照片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Change persona photo</source>
        <translation>更换客户画像照片</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>跟随系统（{language}）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>不保留</translation>
    </message>
    <message>
        <source>Before a save replaces a file, its previous version is kept next to it as NAME.journey.bak; older ones as .bak.2, .bak.3, …</source>
        <translation>保存覆盖文件之前，上一版本会保留在同一文件夹中，名为“名称.journey.bak”；更早的版本为 .bak.2、.bak.3……</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Previous versions kept:</source>
        <translation>保留的旧版本数(&amp;P)：</translation>
    </message>
    <message>
        <source>A new language applies when Journey Designer starts again.</source>
        <translation>新语言将在 Journey Designer 重新启动后生效。</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <source>Stage {number} of {count}: {name}</source>
        <translation>第 {number} / {count} 阶段：{name}</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>整张地图</translation>
    </message>
    <message>
        <source>← →  Stage     O  Overview     B  Black out     T  Timer     Esc  Exit</source>
        <translation>← →  阶段     O  全览     B  黑屏     T  计时器     Esc  退出</translation>
    </message>
    <message>
        <source>↑ ↓  Scroll</source>
        <translation>↑ ↓  滚动</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Journey Designer — presentation</source>
        <translation>Journey Designer — 演示</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBar</name>
    <message>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>“{name}” is open in another Journey Designer, so it is read-only here. You can still edit; Save As… keeps your changes in another file.</source>
        <translation>“{name}”已在另一个 Journey Designer 中打开，因此在这里是只读的。你仍然可以编辑；“另存为…”会把更改保存到另一个文件。</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>{app} — recover unsaved work</source>
        <translation>{app} — 恢复未保存的工作</translation>
    </message>
    <message>
        <source>{app} was closed without saving these changes. Restore one to continue where you left off.</source>
        <translation>{app} 在关闭时未保存这些更改。恢复其中一项即可从上次中断处继续。</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>从未保存</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>ScorecardPanel</name>
    <message>
        <source>to-be</source>
        <translation>未来</translation>
    </message>
    <message>
        <source>as-is</source>
        <translation>现状</translation>
    </message>
    <message>
        <source>{percent} % go on</source>
        <translation>{percent} % 进入下一阶段</translation>
    </message>
    <message>
        <source>biggest drop-off:</source>
        <translation>最大流失：</translation>
    </message>
    <message>
        <source>Funnel metric</source>
        <translation>漏斗指标</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Open a map to see its scorecard.</source>
        <translation>打开一张地图以查看其计分卡。</translation>
    </message>
    <message>
        <source>Journey score</source>
        <translation>旅程得分</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <source>{score} % of metrics on target</source>
        <translation>{score} % 的指标达标</translation>
    </message>
    <message>
        <source>Overall score: {score} / 100</source>
        <translation>总分：{score} / 100</translation>
    </message>
    <message>
        <source>Lowest emotion: {stage}</source>
        <translation>情绪最低：{stage}</translation>
    </message>
    <message>
        <source>Largest drop: {start} → {end} ({change})</source>
        <translation>最大下降：{start} → {end}（{change}）</translation>
    </message>
    <message>
        <source>The average emotion never falls from one stage to the next.</source>
        <translation>平均情绪在相邻阶段之间没有下降。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>情绪</translation>
    </message>
    <message>
        <source>Map curve</source>
        <translation>地图曲线</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>痛点</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>机会点</translation>
    </message>
    <message>
        <source>Fail points</source>
        <translation>失误点</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>票数</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Off target</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>The stage with the lowest emotion</source>
        <translation>情绪最低的阶段</translation>
    </message>
    <message>
        <source>No funnel</source>
        <translation>无漏斗</translation>
    </message>
    <message>
        <source>Export scorecard</source>
        <translation>导出计分卡</translation>
    </message>
    <message>
        <source>{title} scorecard.csv</source>
        <translation>{title} 计分卡.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The scorecard was not written</source>
        <translation>未能写入计分卡</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation>阶段名称</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Stage description</source>
        <translation>阶段说明</translation>
    </message>
    <message>
        <source>A one-line summary shown under the name</source>
        <translation>显示在名称下方的一行摘要</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>关键时刻</translation>
    </message>
    <message>
        <source>A stage that decides whether the customer stays or leaves</source>
        <translation>决定客户去留的阶段</translation>
    </message>
    <message>
        <source>A stage that decides whether the customer stays or leaves.</source>
        <translation>决定客户去留的阶段。</translation>
    </message>
    <message>
        <source>Stage {number} of {count} · {steps}</source>
        <translation>第 {number} 个阶段，共 {count} 个 · {steps}</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 个步骤</numerusform>
        </translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>阶段需要名称。</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>重命名阶段</translation>
    </message>
    <message>
        <source>Edit stage description</source>
        <translation>编辑阶段说明</translation>
    </message>
    <message>
        <source>Mark moment of truth</source>
        <translation>标记关键时刻</translation>
    </message>
    <message>
        <source>Clear moment of truth</source>
        <translation>取消关键时刻</translation>
    </message>
</context>
<context>
    <name>StructureActions</name>
    <message>
        <source>A name cannot be empty; it was kept.</source>
        <translation>名称不能为空；已保留原名称。</translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation>重命名阶段</translation>
    </message>
    <message>
        <source>Add Stage Before</source>
        <translation>在前面添加阶段</translation>
    </message>
    <message>
        <source>Add Stage After</source>
        <translation>在后面添加阶段</translation>
    </message>
    <message>
        <source>Split Into Steps</source>
        <translation>拆分为步骤</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <source>Rename Step</source>
        <translation>重命名步骤</translation>
    </message>
    <message>
        <source>Add Step After</source>
        <translation>在后面添加步骤</translation>
    </message>
    <message>
        <source>Merge Into Previous Step</source>
        <translation>合并到上一步骤</translation>
    </message>
    <message>
        <source>Delete Step</source>
        <translation>删除步骤</translation>
    </message>
    <message>
        <source>Rename Lane</source>
        <translation>重命名泳道</translation>
    </message>
    <message>
        <source>Add Lane Above</source>
        <translation>在上方添加泳道</translation>
    </message>
    <message>
        <source>Add Lane Below</source>
        <translation>在下方添加泳道</translation>
    </message>
    <message>
        <source>Delete Lane</source>
        <translation>删除泳道</translation>
    </message>
    <message>
        <source>Edit Label…</source>
        <translation>编辑标签…</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>反转</translation>
    </message>
    <message>
        <source>Two-Way</source>
        <translation>双向</translation>
    </message>
    <message>
        <source>Delete Connector</source>
        <translation>删除连线</translation>
    </message>
    <message>
        <source>New Card Here</source>
        <translation>在此新建卡片</translation>
    </message>
    <message>
        <source>Stage {number}</source>
        <translation>阶段 {number}</translation>
    </message>
    <message>
        <source>A map keeps at least one stage.</source>
        <translation>旅程图至少要保留一个阶段。</translation>
    </message>
    <message>
        <source>A map keeps at least one lane.</source>
        <translation>旅程图至少要保留一条泳道。</translation>
    </message>
    <message numerus="yes">
        <source>Delete this stage and the %n card(s) on it?
You can undo this with Edit → Undo.</source>
        <translation>
            <numerusform>删除此阶段及其上的 %n 张卡片？
可以通过“编辑 → 撤销”恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete this step and the %n card(s) on it?
You can undo this with Edit → Undo.</source>
        <translation>
            <numerusform>删除此步骤及其上的 %n 张卡片？
可以通过“编辑 → 撤销”恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete this lane and the %n card(s) on it?
You can undo this with Edit → Undo.</source>
        <translation>
            <numerusform>删除此泳道及其上的 %n 张卡片？
可以通过“编辑 → 撤销”恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add another map to link this one to.</source>
        <translation>请先添加另一张旅程图，才能与此图关联。</translation>
    </message>
    <message>
        <source>(not linked)</source>
        <translation>（未关联）</translation>
    </message>
    <message>
        <source>Link map</source>
        <translation>关联旅程图</translation>
    </message>
    <message>
        <source>This map belongs with:</source>
        <translation>此旅程图对应：</translation>
    </message>
    <message>
        <source>This map is not linked to another one.</source>
        <translation>此旅程图未关联其他旅程图。</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>连线</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Rename map</source>
        <translation>重命名旅程图</translation>
    </message>
    <message>
        <source>Map title:</source>
        <translation>旅程图标题：</translation>
    </message>
    <message>
        <source>{title} (future state)</source>
        <translation>{title}（未来状态）</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title}（副本）</translation>
    </message>
    <message>
        <source>A project keeps at least one map.</source>
        <translation>项目至少要保留一张旅程图。</translation>
    </message>
    <message>
        <source>Delete the map “{title}”?
You can undo this with Edit → Undo.</source>
        <translation>删除旅程图“{title}”？
可以通过“编辑 → 撤销”恢复。</translation>
    </message>
    <message>
        <source>New map from template</source>
        <translation>从模板新建旅程图</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Add tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Separate several tags with commas. Backspace moves to the tags to remove one.</source>
        <translation>多个标签用逗号分隔。按退格键可移到标签上以删除。</translation>
    </message>
    <message>
        <source>Type a tag and press Enter; separate several with commas</source>
        <translation>输入标签后按 Enter；多个标签用逗号分隔</translation>
    </message>
    <message>
        <source>Remove tag {tag}</source>
        <translation>移除标签 {tag}</translation>
    </message>
    <message>
        <source>Remove “{tag}” (Backspace, Delete or Space)</source>
        <translation>移除“{tag}”（退格键、Delete 或空格键）</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New from template</source>
        <translation>从模板新建</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>TimerOverlay</name>
    <message>
        <source>Workshop timer: click to start or pause</source>
        <translation>工作坊计时器：点击开始或暂停</translation>
    </message>
    <message>
        <source>Workshop timer</source>
        <translation>工作坊计时器</translation>
    </message>
    <message>
        <source>Time’s up</source>
        <translation>时间到</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
</context>
<context>
    <name>VotesPanel</name>
    <message>
        <source>Top voted cards</source>
        <translation>得票最多的卡片</translation>
    </message>
    <message>
        <source>Clear Votes</source>
        <translation>清除投票</translation>
    </message>
    <message>
        <source>Take every vote off this map (Undo brings them back)</source>
        <translation>清除此地图上的所有投票（可撤销）</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) on this map</source>
        <translation>
            <numerusform>此地图共 %n 票</numerusform>
        </translation>
    </message>
    <message>
        <source>{stage}: {count}</source>
        <translation>{stage}：{count}</translation>
    </message>
    <message>
        <source>Turn on Workshop › Dot Voting, then click cards to vote.</source>
        <translation>打开“工作坊 › 圆点投票”，然后点击卡片投票。</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>（无文字）</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n 票</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopActions</name>
    <message>
        <source>&amp;Present</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <source>Project the map full screen, stage by stage (F5; F5 again or Esc to stop)</source>
        <translation>全屏投影地图，逐个阶段展示（F5；再按 F5 或 Esc 结束）</translation>
    </message>
    <message>
        <source>&amp;Dark Projection Theme</source>
        <translation>深色投影主题(&amp;D)</translation>
    </message>
    <message>
        <source>Present &amp;On</source>
        <translation>演示屏幕(&amp;O)</translation>
    </message>
    <message>
        <source>Dot &amp;Voting</source>
        <translation>圆点投票(&amp;V)</translation>
    </message>
    <message>
        <source>Dot voting: a click on a card adds a vote, Shift+click takes one away (F6)</source>
        <translation>圆点投票：点击卡片加一票，Shift+点击减一票（F6）</translation>
    </message>
    <message>
        <source>&amp;Add Vote</source>
        <translation>加一票(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Vote</source>
        <translation>减一票(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear Votes</source>
        <translation>清除投票(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Start or Pause Timer</source>
        <translation>开始或暂停计时器(&amp;S)</translation>
    </message>
    <message>
        <source>R&amp;eset Timer</source>
        <translation>重置计时器(&amp;E)</translation>
    </message>
    <message>
        <source>Set &amp;Timer…</source>
        <translation>设置计时器(&amp;T)…</translation>
    </message>
    <message>
        <source>S&amp;how Timer</source>
        <translation>显示计时器(&amp;H)</translation>
    </message>
    <message>
        <source>Note Colour: {name}</source>
        <translation>便签颜色：{name}</translation>
    </message>
    <message>
        <source>Note Colour: the Lane’s</source>
        <translation>便签颜色：沿用泳道颜色</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>工作坊(&amp;W)</translation>
    </message>
    <message>
        <source>New Note &amp;Colour</source>
        <translation>新便签颜色(&amp;C)</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <source>New notes:</source>
        <translation>新便签：</translation>
    </message>
    <message>
        <source>New note colour</source>
        <translation>新便签颜色</translation>
    </message>
    <message>
        <source>New notes: {name} (Ctrl+{number})</source>
        <translation>新便签：{name}（Ctrl+{number}）</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>泳道</translation>
    </message>
    <message>
        <source>New notes take their lane’s colour</source>
        <translation>新便签使用所在泳道的颜色</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>New notes: {colour}</source>
        <translation>新便签：{colour}</translation>
    </message>
    <message>
        <source>Dot voting: click a card to add a vote, Shift+click to take one away.</source>
        <translation>圆点投票：点击卡片加一票，Shift+点击减一票。</translation>
    </message>
    <message>
        <source>Select cards to vote for first.</source>
        <translation>请先选择要投票的卡片。</translation>
    </message>
    <message>
        <source>Votes cleared. Undo brings them back.</source>
        <translation>投票已清除。撤销可恢复。</translation>
    </message>
    <message>
        <source>Workshop timer</source>
        <translation>工作坊计时器</translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation>分钟：</translation>
    </message>
    <message>
        <source>Time’s up.</source>
        <translation>时间到。</translation>
    </message>
    <message>
        <source>Automatic (another screen if any)</source>
        <translation>自动（如有其他屏幕则使用它）</translation>
    </message>
    <message>
        <source>{name} ({width}×{height})</source>
        <translation>{name}（{width}×{height}）</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>Give one label for each of the {levels} levels, or none; there are %n.</source>
        <translation>
            <numerusform>请为 {levels} 个等级各填写一个标签，或全部不填；当前有 %n 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) of this curve lie outside {low} to {high}; move them inside first.</source>
        <translation>
            <numerusform>这条曲线有 %n 个点超出 {low} 到 {high} 的范围；请先把它们移到范围内。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n 个阶段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 个步骤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n 张卡片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n map(s)</source>
        <translation>
            <numerusform>%n 张旅程图</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n 个客户画像</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_EmptyPage</name>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>_LabelsEdit</name>
    <message>
        <source>Level labels, one per line, lowest first</source>
        <translation>等级标签，每行一个，从最低开始</translation>
    </message>
</context>
<context>
    <name>_ListField</name>
    <message>
        <source>One per line</source>
        <translation>每行一项</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>An offline designer for customer journey maps and service blueprints.</source>
        <translation>离线设计客户旅程图和服务蓝图的工具。</translation>
    </message>
    <message>
        <source>Licence: {licence}. This program comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>许可证：{licence}。本程序不提供任何担保。</translation>
    </message>
    <message>
        <source>Bundled fonts:</source>
        <translation>内置字体：</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>构建所用组件：</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>关于 {app}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Design customer journey maps and service blueprints. Without a command, opens FILE (or the bundled sample) in the editor.</source>
        <translation>设计客户旅程图和服务蓝图。不带命令时，在编辑器中打开 FILE（或内置示例）。</translation>
    </message>
    <message>
        <source>open the editor (the default)</source>
        <translation>打开编辑器（默认）</translation>
    </message>
    <message>
        <source>check project files; exit 1 if any is invalid</source>
        <translation>检查项目文件；有无效文件时退出码为 1</translation>
    </message>
    <message>
        <source>print the JSON Schema of the current file format</source>
        <translation>输出当前文件格式的 JSON Schema</translation>
    </message>
    <message>
        <source>list the templates: name, then description</source>
        <translation>列出模板：名称，然后是说明</translation>
    </message>
    <message>
        <source>create a project from a template</source>
        <translation>从模板创建项目</translation>
    </message>
    <message>
        <source>make a project from a CSV grid</source>
        <translation>从 CSV 表格创建项目</translation>
    </message>
    <message>
        <source>make a project from a Mermaid journey diagram</source>
        <translation>从 Mermaid 旅程图创建项目</translation>
    </message>
    <message>
        <source>write one map as a CSV grid</source>
        <translation>将一张旅程图写为 CSV 表格</translation>
    </message>
    <message>
        <source>print maps to a PDF (fit, tiled or per stage), or one map to PNG, SVG or Mermaid</source>
        <translation>将旅程图输出为 PDF（整页、分页拼贴或按阶段），或将一张旅程图输出为 PNG、SVG 或 Mermaid</translation>
    </message>
    <message>
        <source>valid ({maps}, {cards})</source>
        <translation>有效（{maps}，{cards}）</translation>
    </message>
    <message>
        <source>choose an output file ending in .pdf, .png or .svg (or .mmd for Mermaid)</source>
        <translation>请选择以 .pdf、.png 或 .svg 结尾的输出文件（Mermaid 用 .mmd）</translation>
    </message>
    <message>
        <source>a PNG or SVG holds one map; choose it with --map</source>
        <translation>一个 PNG 或 SVG 只能容纳一张旅程图；请用 --map 选择</translation>
    </message>
    <message>
        <source>a Mermaid journey holds one map; choose it with --map</source>
        <translation>一个 Mermaid 旅程只能容纳一张旅程图；请用 --map 选择</translation>
    </message>
    <message>
        <source>the project has no maps</source>
        <translation>该项目没有旅程图</translation>
    </message>
    <message>
        <source>has {count} maps; choose one with --map ({names})</source>
        <translation>包含 {count} 张旅程图；请用 --map 选择一张（{names}）</translation>
    </message>
    <message>
        <source>has no map &apos;{wanted}&apos; ({names})</source>
        <translation>没有旅程图“{wanted}”（{names}）</translation>
    </message>
    <message>
        <source>already exists; choose another name or add --force to replace it</source>
        <translation>已存在；请换一个名称，或加上 --force 覆盖</translation>
    </message>
</context>
<context>
    <name>duration</name>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Write the duration as a number, such as 5 or 1.5 (not “{text}”).</source>
        <translation>请用数字填写时长，例如 5 或 1.5（而不是“{text}”）。</translation>
    </message>
    <message>
        <source>Write the duration as a number, such as 5 or 1.5.</source>
        <translation>请用数字填写时长，例如 5 或 1.5。</translation>
    </message>
    <message>
        <source>A duration cannot be negative.</source>
        <translation>时长不能为负数。</translation>
    </message>
    <message>
        <source>A duration can be at most ten years.</source>
        <translation>时长最多为十年。</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>Custom (mm)…</source>
        <translation>自定义 (mm)…</translation>
    </message>
    <message>
        <source>Fit the map on one page</source>
        <translation>将旅程图缩放到一页</translation>
    </message>
    <message>
        <source>Tile across pages (to tape into a poster)</source>
        <translation>分页拼贴（可拼成海报）</translation>
    </message>
    <message>
        <source>One page per stage (for slides)</source>
        <translation>每个阶段一页（用于演示）</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Observed</source>
        <translation>已观察</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>提议</translation>
    </message>
    <message>
        <source>Seen in research (filled disc)</source>
        <translation>在调研中观察到（实心圆）</translation>
    </message>
    <message>
        <source>Believed, not yet checked (half-filled disc)</source>
        <translation>推测，尚未验证（半实心圆）</translation>
    </message>
    <message>
        <source>A proposal for the future (dashed ring)</source>
        <translation>面向未来的提议（虚线圆环）</translation>
    </message>
    <message>
        <source>This value is not allowed</source>
        <translation>不允许此值</translation>
    </message>
</context>
<context>
    <name>grid</name>
    <message>
        <source>Line of interaction</source>
        <translation>互动线</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>可视线</translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation>内部互动线</translation>
    </message>
    <message>
        <source>{amount} s</source>
        <translation>{amount} 秒</translation>
    </message>
    <message>
        <source>{amount} min</source>
        <translation>{amount} 分钟</translation>
    </message>
    <message>
        <source>{amount} h</source>
        <translation>{amount} 小时</translation>
    </message>
    <message>
        <source>{amount} d</source>
        <translation>{amount} 天</translation>
    </message>
    <message>
        <source>to-be</source>
        <translation>未来</translation>
    </message>
    <message>
        <source>as-is</source>
        <translation>现状</translation>
    </message>
</context>
<context>
    <name>image_export</name>
    <message>
        <source>the resolution must be 24 to 1200 dpi</source>
        <translation>分辨率必须在 24 到 1200 dpi 之间</translation>
    </message>
    <message>
        <source>the picture would be {width}×{height} pixels; choose a lower resolution than {dpi} dpi</source>
        <translation>图片将达到 {width}×{height} 像素；请选择低于 {dpi} dpi 的分辨率</translation>
    </message>
    <message>
        <source>choose a file name ending in .png or .svg</source>
        <translation>请选择以 .png 或 .svg 结尾的文件名</translation>
    </message>
</context>
<context>
    <name>image_import</name>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>无法读取（{reason}）</translation>
    </message>
    <message>
        <source>is {size} MB; pictures up to 50 MB can be added</source>
        <translation>大小为 {size} MB；只能添加不超过 50 MB 的图片</translation>
    </message>
    <message>
        <source>{problem}; only PNG and JPEG pictures can be added</source>
        <translation>{problem}；只能添加 PNG 和 JPEG 图片</translation>
    </message>
    <message>
        <source>is {width}×{height} pixels; pictures up to {limit} megapixels can be added</source>
        <translation>尺寸为 {width}×{height} 像素；只能添加不超过 {limit} 百万像素的图片</translation>
    </message>
    <message>
        <source>the picture is damaged ({reason})</source>
        <translation>图片已损坏（{reason}）</translation>
    </message>
    <message>
        <source>is still too large after scaling it down</source>
        <translation>缩小后仍然过大</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>is larger than {limit} MB</source>
        <translation>大于 {limit} MB</translation>
    </message>
    <message>
        <source>is saved as UTF-16; save it as {encoding} and try again</source>
        <translation>以 UTF-16 编码保存；请另存为 {encoding} 后重试</translation>
    </message>
    <message>
        <source>line {line}: is not UTF-8 text; save it as {encoding} and try again</source>
        <translation>第 {line} 行：不是 UTF-8 文本；请另存为 {encoding} 后重试</translation>
    </message>
    <message>
        <source>is not a text file (it contains NUL bytes)</source>
        <translation>不是文本文件（含有 NUL 字节）</translation>
    </message>
</context>
<context>
    <name>inspector</name>
    <message>
        <source>Select a card to see and edit its text, colour, tags and evidence here.

Select a stage or lane header to edit the stage or lane. Select several cards to change their colour, evidence or fail point together.</source>
        <translation>选择一张卡片，即可在此查看并编辑其文字、颜色、标签和证据。

选择阶段或泳道的标题可编辑该阶段或泳道。选择多张卡片可一起更改颜色、证据或失误点。</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>已观察</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>提议</translation>
    </message>
    <message>
        <source>A name can be at most {limit} characters; this one has {length}.</source>
        <translation>名称最多 {limit} 个字符；当前为 {length} 个。</translation>
    </message>
    <message>
        <source>A text can be at most {limit} characters; this one has {length}.</source>
        <translation>文字最多 {limit} 个字符；当前为 {length} 个。</translation>
    </message>
    <message>
        <source>{what} can be at most {limit} characters.</source>
        <translation>{what}最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No evidence status</source>
        <translation>无证据状态</translation>
    </message>
    <message>
        <source>card {number} of {count}</source>
        <translation>第 {number} 张卡片，共 {count} 张</translation>
    </message>
    <message>
        <source>The lowest level ({low}) must be below the highest ({high}).</source>
        <translation>最低等级（{low}）必须低于最高等级（{high}）。</translation>
    </message>
    <message>
        <source>A level label cannot be empty; leave all of them out to show numbers.</source>
        <translation>等级标签不能为空；若要显示数字，请全部留空。</translation>
    </message>
    <message>
        <source>A level label can be at most {limit} characters.</source>
        <translation>等级标签最多 {limit} 个字符。</translation>
    </message>
</context>
<context>
    <name>items</name>
    <message>
        <source>image cannot be shown</source>
        <translation>无法显示图片</translation>
    </message>
    <message>
        <source>curve</source>
        <translation>曲线</translation>
    </message>
    <message>
        <source>  (hidden)</source>
        <translation>（已隐藏）</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>已观察</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>Proposed (idea)</source>
        <translation>提议（创意）</translation>
    </message>
    <message>
        <source>Fail point</source>
        <translation>失误点</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Off target</source>
        <translation>未达标</translation>
    </message>
</context>
<context>
    <name>load</name>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>没有访问权限</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>无法读取（{reason}）</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <source>is not a regular file (a device, pipe or socket)</source>
        <translation>不是普通文件（而是设备、管道或套接字）</translation>
    </message>
    <message>
        <source>is {size:.0f} MB; files larger than {limit} MB are not opened</source>
        <translation>大小为 {size:.0f} MB；不打开大于 {limit} MB 的文件</translation>
    </message>
    <message>
        <source>is larger than {limit} MB</source>
        <translation>大于 {limit} MB</translation>
    </message>
    <message>
        <source>is saved as {encoding}; save it as UTF-8 and try again</source>
        <translation>以 {encoding} 编码保存；请另存为 UTF-8 后重试</translation>
    </message>
    <message>
        <source>the file ends too early (it may be truncated)</source>
        <translation>文件提前结束（可能已被截断）</translation>
    </message>
    <message>
        <source>is not UTF-8 text (invalid byte 0x{byte:02X} on line {line})</source>
        <translation>不是 UTF-8 文本（第 {line} 行有无效字节 0x{byte:02X}）</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>is not a Journey Designer project (no JSON object at the top)</source>
        <translation>不是 Journey Designer 项目（顶层没有 JSON 对象）</translation>
    </message>
    <message>
        <source>cannot be upgraded from format version {version}: {error}</source>
        <translation>无法从格式版本 {version} 升级：{error}</translation>
    </message>
    <message>
        <source>is not valid JSON: {problem} (line {line}, column {column})</source>
        <translation>不是有效的 JSON：{problem}（第 {line} 行，第 {column} 列）</translation>
    </message>
    <message>
        <source>is nested too deeply to be a project file</source>
        <translation>嵌套层级过深，不可能是项目文件</translation>
    </message>
    <message>
        <source>is not valid: {problem}</source>
        <translation>无效：{problem}</translation>
    </message>
    <message>
        <source>contains an invalid character (an unpaired UTF-16 surrogate escape)</source>
        <translation>含有无效字符（未配对的 UTF-16 代理转义）</translation>
    </message>
    <message>
        <source>is not a Journey Designer project (it has no &quot;format&quot; field)</source>
        <translation>不是 Journey Designer 项目（没有“format”字段）</translation>
    </message>
    <message>
        <source>is a &apos;{kind}&apos; file, not a Journey Designer project</source>
        <translation>是“{kind}”文件，不是 Journey Designer 项目</translation>
    </message>
    <message>
        <source>has no valid format version (&quot;version&quot; must be a whole number)</source>
        <translation>没有有效的格式版本（“version”必须是整数）</translation>
    </message>
    <message>
        <source>the file was saved by a newer Journey Designer (file format {version}; this version reads formats up to {newest}). Update Journey Designer to open it</source>
        <translation>该文件由较新版本的 Journey Designer 保存（文件格式 {version}；此版本最多只能读取格式 {newest}）。请更新 Journey Designer 后再打开</translation>
    </message>
    <message>
        <source>has an unknown format version {version}</source>
        <translation>格式版本 {version} 未知</translation>
    </message>
</context>
<context>
    <name>locking</name>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>another {app} (process {pid} on {host})</source>
        <translation>另一个 {app}（进程 {pid}，位于 {host}）</translation>
    </message>
    <message>
        <source>another {app} (process {pid})</source>
        <translation>另一个 {app}（进程 {pid}）</translation>
    </message>
    <message>
        <source>“{name}” is open in {owner}.</source>
        <translation>“{name}”已在{owner}中打开。</translation>
    </message>
    <message>
        <source>Changes saved there and here would overwrite each other. Open it read-only (to save your changes you choose another file name)?</source>
        <translation>两处保存的更改会互相覆盖。是否以只读方式打开（要保存更改时需另选文件名）？</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>If {host} is no longer using it (for example it crashed), you can edit it here.</source>
        <translation>如果 {host} 已不再使用它（例如那台电脑崩溃了），你可以在这里编辑它。</translation>
    </message>
    <message>
        <source>Edit Here Anyway</source>
        <translation>仍在此处编辑</translation>
    </message>
    <message>
        <source>“{name}” was changed on disk since you opened it.</source>
        <translation>“{name}”在您打开后已在磁盘上被修改。</translation>
    </message>
    <message>
        <source>“{name}” no longer exists (it was moved, renamed or deleted).</source>
        <translation>“{name}”已不存在（可能已被移动、重命名或删除）。</translation>
    </message>
    <message>
        <source>Overwrite it with your version, or save your version under another name?</source>
        <translation>用您的版本覆盖它，还是将您的版本另存为其他名称？</translation>
    </message>
    <message>
        <source>Save your version there again, or under another name?</source>
        <translation>将您的版本重新保存到原处，还是另存为其他名称？</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Save here</source>
        <translation>保存到此处</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>“{name}” was changed on disk by another program.</source>
        <translation>“{name}”已被另一个程序在磁盘上修改。</translation>
    </message>
    <message>
        <source>Reload it? Your unsaved changes here would be lost (or keep yours; saving will then ask before overwriting).</source>
        <translation>是否重新载入？此处未保存的更改将会丢失（也可保留您的版本；保存时会先询问是否覆盖）。</translation>
    </message>
    <message>
        <source>Reload it to see the changes?</source>
        <translation>是否重新载入以查看更改？</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的版本</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <source>Current state</source>
        <translation>现状</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>未来状态</translation>
    </message>
    <message>
        <source>Day in the life</source>
        <translation>日常生活</translation>
    </message>
    <message>
        <source>Service blueprint</source>
        <translation>服务蓝图</translation>
    </message>
    <message>
        <source>Doing</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>想法</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>感受</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>接触点</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>痛点</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>机会点</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>创意</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Storyboard</source>
        <translation>故事板</translation>
    </message>
    <message>
        <source>Emotion curve</source>
        <translation>情绪曲线</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation>有形展示</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>顾客行为</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>后台</translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation>支持流程</translation>
    </message>
</context>
<context>
    <name>palette</name>
    <message>
        <source>Action</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>想法</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>痛点</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>机会点</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>接触点</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>创意</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>Current state</source>
        <translation>现状</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>未来状态</translation>
    </message>
    <message>
        <source>Day in the life</source>
        <translation>日常生活</translation>
    </message>
    <message>
        <source>Service blueprint</source>
        <translation>服务蓝图</translation>
    </message>
    <message>
        <source> (continued)</source>
        <translation>（续）</translation>
    </message>
    <message>
        <source>SERVICE BLUEPRINT</source>
        <translation>服务蓝图</translation>
    </message>
    <message>
        <source>CUSTOMER JOURNEY MAP</source>
        <translation>客户旅程图</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>更新于</translation>
    </message>
    <message>
        <source>CONTENT</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>SCENARIO</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>EXPECTATIONS</source>
        <translation>期望</translation>
    </message>
    <message>
        <source>PERSONA</source>
        <translation>客户画像</translation>
    </message>
    <message>
        <source>PERSONAS</source>
        <translation>客户画像</translation>
    </message>
    <message>
        <source>and {names}</source>
        <translation>以及 {names}</translation>
    </message>
    <message>
        <source>LEGEND</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>EVIDENCE</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>已观察</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>提议</translation>
    </message>
    <message>
        <source>Fail point</source>
        <translation>失误点</translation>
    </message>
    <message>
        <source>EMOTION CURVE</source>
        <translation>情绪曲线</translation>
    </message>
    <message>
        <source>METRICS</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Off target</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>To-be</source>
        <translation>未来</translation>
    </message>
    <message>
        <source>As-is</source>
        <translation>现状</translation>
    </message>
    <message>
        <source>target {target}</source>
        <translation>目标 {target}</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>{page} {orientation} · page {number} of {total}</source>
        <translation>{page} {orientation} · 第 {number} 页，共 {total} 页</translation>
    </message>
    <message>
        <source>This map is empty</source>
        <translation>此旅程图为空</translation>
    </message>
    <message>
        <source>Add stages and lanes in Journey Designer to fill the grid.</source>
        <translation>请在 Journey Designer 中添加阶段和泳道来填充网格。</translation>
    </message>
    <message>
        <source>row {row} / column {column}</source>
        <translation>第 {row} 行 / 第 {column} 列</translation>
    </message>
    <message>
        <source>{title} · {rows} × {columns} pages</source>
        <translation>{title} · {rows} × {columns} 页</translation>
    </message>
    <message>
        <source>row {row} / column {column} of {rows} × {columns}</source>
        <translation>第 {row} 行 / 第 {column} 列，共 {rows} × {columns}</translation>
    </message>
    <message>
        <source>assembly guide</source>
        <translation>拼接说明</translation>
    </message>
    <message>
        <source>Stage {number} of {count}</source>
        <translation>第 {number} 个阶段，共 {count} 个</translation>
    </message>
    <message>
        <source>{name} · stage {number} of {count}</source>
        <translation>{name} · 第 {number} 个阶段，共 {count} 个</translation>
    </message>
    <message>
        <source>Scorecard: {title}</source>
        <translation>计分卡：{title}</translation>
    </message>
    <message>
        <source>SCORECARD (continued)</source>
        <translation>计分卡（续）</translation>
    </message>
    <message>
        <source>SCORECARD</source>
        <translation>计分卡</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>计分卡</translation>
    </message>
    <message>
        <source>Persona: {name}</source>
        <translation>客户画像：{name}</translation>
    </message>
    <message>
        <source>PERSONA (continued)</source>
        <translation>客户画像（续）</translation>
    </message>
    <message>
        <source>This project has no maps yet</source>
        <translation>此项目还没有旅程图</translation>
    </message>
    <message>
        <source>Create a map in Journey Designer, then export again.</source>
        <translation>请先在 Journey Designer 中创建旅程图，然后再导出。</translation>
    </message>
    <message>
        <source>{lane}: {low} ({low_number}) to {high} ({high_number})</source>
        <translation>{lane}：从 {low}（{low_number}）到 {high}（{high_number}）</translation>
    </message>
    <message>
        <source>{lane}: {low_number} to {high_number}</source>
        <translation>{lane}：{low_number} 到 {high_number}</translation>
    </message>
    <message>
        <source>; one point per step</source>
        <translation>；每个步骤一个点</translation>
    </message>
    <message>
        <source>HOW TO ASSEMBLE</source>
        <translation>拼接方法</translation>
    </message>
    <message>
        <source>This map prints on {count} pages, {rows} × {columns}. Each page repeats the lane and stage headers: trim them along the crop marks on every page right of or below another, then tape the pages edge to edge.</source>
        <translation>此旅程图打印在 {count} 页上，共 {rows} × {columns}。每页都会重复泳道和阶段标题：对位于其他页右侧或下方的每一页，沿裁切标记剪去这些标题，再把各页边对边粘贴起来。</translation>
    </message>
    <message>
        <source>page {number}</source>
        <translation>第 {number} 页</translation>
    </message>
    <message>
        <source>GOALS</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>NEEDS</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>PAIN POINTS</source>
        <translation>痛点</translation>
    </message>
    <message>
        <source>Funnel: {metric}</source>
        <translation>漏斗：{metric}</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>情绪</translation>
    </message>
    <message>
        <source>friction</source>
        <translation>摩擦</translation>
    </message>
    <message>
        <source>Journey score: metrics on target</source>
        <translation>旅程得分：达标指标</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Lowest emotion: {stage}</source>
        <translation>情绪最低：{stage}</translation>
    </message>
    <message>
        <source>Largest drop: {start} → {end} ({change})</source>
        <translation>最大下降：{start} → {end}（{change}）</translation>
    </message>
    <message>
        <source>No drop in emotion between stages</source>
        <translation>阶段之间情绪没有下降</translation>
    </message>
    <message>
        <source>Biggest funnel drop-off: after {stage}</source>
        <translation>漏斗最大流失：{stage} 之后</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>痛点</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>机会点</translation>
    </message>
    <message>
        <source>Fail points</source>
        <translation>失误点</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>票数</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Emotion (mean)</source>
        <translation>情绪（平均）</translation>
    </message>
    <message>
        <source>{name} ({variant})</source>
        <translation>{name}（{variant}）</translation>
    </message>
    <message>
        <source>Map curve</source>
        <translation>地图曲线</translation>
    </message>
    <message>
        <source>to-be</source>
        <translation>未来</translation>
    </message>
    <message>
        <source>as-is</source>
        <translation>现状</translation>
    </message>
    <message>
        <source>{percent} % go on</source>
        <translation>{percent} % 进入下一阶段</translation>
    </message>
    <message>
        <source>biggest drop-off</source>
        <translation>最大流失</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>Untitled project</source>
        <translation>未命名项目</translation>
    </message>
    <message>
        <source> (never saved)</source>
        <translation>（从未保存）</translation>
    </message>
    <message>
        <source> (the file was changed after this snapshot)</source>
        <translation>（此快照之后文件已被修改）</translation>
    </message>
</context>
<context>
    <name>save</name>
    <message>
        <source>is a folder; choose a file name</source>
        <translation>是文件夹；请选择一个文件名</translation>
    </message>
    <message>
        <source>the current version could not be read to keep a backup ({reason})</source>
        <translation>无法读取当前版本以保留备份（{reason}）</translation>
    </message>
    <message>
        <source>no backup could be kept in {name}: {reason}</source>
        <translation>无法在 {name} 中保留备份：{reason}</translation>
    </message>
    <message>
        <source>cannot be saved: the folder {folder} does not exist</source>
        <translation>无法保存：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>not enough disk space to save; the previous version is untouched</source>
        <translation>磁盘空间不足，无法保存；之前的版本保持不变</translation>
    </message>
    <message>
        <source>permission denied (the file or its folder is read-only); the previous version is untouched</source>
        <translation>没有权限（文件或其所在文件夹为只读）；之前的版本保持不变</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>文件名过长</translation>
    </message>
    <message>
        <source>could not be saved ({reason}); the previous version is untouched</source>
        <translation>无法保存（{reason}）；之前的版本保持不变</translation>
    </message>
</context>
<context>
    <name>swatches</name>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Blue grey</source>
        <translation>蓝灰色</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Sky blue</source>
        <translation>天蓝色</translation>
    </message>
    <message>
        <source>Lilac</source>
        <translation>淡紫色</translation>
    </message>
    <message>
        <source>White</source>
        <translation>白色</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>灰色</translation>
    </message>
</context>
<context>
    <name>tags</name>
    <message>
        <source>A tag can be at most {limit} characters; “{start}…” has {length}.</source>
        <translation>标签最多 {limit} 个字符；“{start}…”有 {length} 个。</translation>
    </message>
    <message>
        <source>A card can have at most {limit} tags.</source>
        <translation>一张卡片最多可有 {limit} 个标签。</translation>
    </message>
</context>
</TS>

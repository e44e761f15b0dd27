<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AddConnector</name>
    <message>
        <source>Add connector</source>
        <translation>新增連線</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Autosave failed: {error}</source>
        <translation>自動儲存失敗：{error}</translation>
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
        <translation>這裡發生了什麼？</translation>
    </message>
    <message>
        <source>Ctrl+Enter or leaving the field saves; Esc puts the text back</source>
        <translation>按 Ctrl+Enter 或離開此欄即儲存；按 Esc 還原原本文字</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Card colour</source>
        <translation>卡片顏色</translation>
    </message>
    <message>
        <source>Lane colour</source>
        <translation>泳道顏色</translation>
    </message>
    <message>
        <source>No colour of its own: use the lane&apos;s colour</source>
        <translation>不單獨設色：使用泳道顏色</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>Card tags</source>
        <translation>卡片標籤</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>e.g. Web, Store</source>
        <translation>例如：網站、門市</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Team or role</source>
        <translation>團隊或角色</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>證據</translation>
    </message>
    <message>
        <source>Fail point</source>
        <translation>失誤點</translation>
    </message>
    <message>
        <source>Where the service can fail the customer</source>
        <translation>服務可能讓顧客失望的地方</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>補救措施</translation>
    </message>
    <message>
        <source>How the service recovers</source>
        <translation>服務如何補救</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>時長</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>票數</translation>
    </message>
    <message>
        <source>Change card colour</source>
        <translation>變更卡片顏色</translation>
    </message>
    <message>
        <source>Use lane colour</source>
        <translation>使用泳道顏色</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>新增標籤</translation>
    </message>
    <message numerus="yes">
        <source>Add %n tags</source>
        <translation>
            <numerusform>新增 %n 個標籤</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>移除標籤</translation>
    </message>
    <message>
        <source>A channel</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>Change channel</source>
        <translation>變更通路</translation>
    </message>
    <message>
        <source>Clear channel</source>
        <translation>清除通路</translation>
    </message>
    <message>
        <source>An owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>變更負責人</translation>
    </message>
    <message>
        <source>Clear owner</source>
        <translation>清除負責人</translation>
    </message>
    <message>
        <source>Mark card {evidence}</source>
        <translation>將卡片標記為{evidence}</translation>
    </message>
    <message>
        <source>Clear evidence</source>
        <translation>清除證據狀態</translation>
    </message>
    <message>
        <source>Mark fail point</source>
        <translation>標記失誤點</translation>
    </message>
    <message>
        <source>Clear fail point</source>
        <translation>取消失誤點</translation>
    </message>
    <message>
        <source>Edit recovery</source>
        <translation>編輯補救措施</translation>
    </message>
    <message>
        <source>Change duration</source>
        <translation>變更時長</translation>
    </message>
    <message>
        <source>Clear duration</source>
        <translation>清除時長</translation>
    </message>
    <message>
        <source>Change votes</source>
        <translation>變更票數</translation>
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
        <translation>所選卡片的顏色</translation>
    </message>
    <message>
        <source>Lane colour</source>
        <translation>泳道顏色</translation>
    </message>
    <message>
        <source>No colour of their own: use each lane&apos;s colour</source>
        <translation>不單獨設色：各自使用所在泳道的顏色</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>Evidence of the selected cards</source>
        <translation>所選卡片的證據狀態</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>證據</translation>
    </message>
    <message>
        <source>Fail points</source>
        <translation>失誤點</translation>
    </message>
    <message>
        <source>Fail point, for all selected cards</source>
        <translation>失誤點（套用至所有所選卡片）</translation>
    </message>
    <message numerus="yes">
        <source>%n cards selected</source>
        <translation>
            <numerusform>已選取 %n 張卡片</numerusform>
        </translation>
    </message>
    <message>
        <source>in {lanes} · {stages}</source>
        <translation>位於 {lanes} · {stages}</translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n 條泳道</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n 個階段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change colour of %n cards</source>
        <translation>
            <numerusform>變更 %n 張卡片的顏色</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use lane colour for %n cards</source>
        <translation>
            <numerusform>%n 張卡片改用泳道顏色</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n cards {evidence}</source>
        <translation>
            <numerusform>將 %n 張卡片標記為{evidence}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear evidence of %n cards</source>
        <translation>
            <numerusform>清除 %n 張卡片的證據狀態</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n fail points</source>
        <translation>
            <numerusform>標記 %n 個失誤點</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n fail points</source>
        <translation>
            <numerusform>取消 %n 個失誤點</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColourSwatches</name>
    <message>
        <source>Custom colour</source>
        <translation>自訂顏色</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <source>{name} amount</source>
        <translation>{name}數值</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>How long this step takes; leave empty for none</source>
        <translation>此步驟所需時間；留空表示不設定</translation>
    </message>
    <message>
        <source>{name} unit</source>
        <translation>{name}單位</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Reorder card</source>
        <translation>調整卡片順序</translation>
    </message>
    <message numerus="yes">
        <source>Reorder %n cards</source>
        <translation>
            <numerusform>調整 %n 張卡片的順序</numerusform>
        </translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>移動卡片</translation>
    </message>
    <message numerus="yes">
        <source>Move %n cards</source>
        <translation>
            <numerusform>移動 %n 張卡片</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit card text</source>
        <translation>編輯卡片文字</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>新增卡片</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n cards</source>
        <translation>
            <numerusform>複製 %n 張卡片</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate card</source>
        <translation>複製卡片</translation>
    </message>
    <message>
        <source>Vote for card</source>
        <translation>為卡片投票</translation>
    </message>
    <message numerus="yes">
        <source>Vote for %n cards</source>
        <translation>
            <numerusform>為 %n 張卡片投票</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove vote</source>
        <translation>撤回投票</translation>
    </message>
    <message numerus="yes">
        <source>Remove votes from %n cards</source>
        <translation>
            <numerusform>撤回 %n 張卡片的投票</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear votes</source>
        <translation>清除投票</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>刪除卡片</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n cards</source>
        <translation>
            <numerusform>刪除 %n 張卡片</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete connector</source>
        <translation>刪除連線</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n connectors</source>
        <translation>
            <numerusform>刪除 %n 條連線</numerusform>
        </translation>
    </message>
    <message>
        <source>Relabel connector</source>
        <translation>修改連線標籤</translation>
    </message>
    <message>
        <source>Reverse connector</source>
        <translation>反轉連線</translation>
    </message>
    <message>
        <source>Make connector two-way</source>
        <translation>設為雙向連線</translation>
    </message>
    <message>
        <source>Make connector one-way</source>
        <translation>設為單向連線</translation>
    </message>
    <message>
        <source>Change emotion</source>
        <translation>變更情緒</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>重新命名階段</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>重新命名泳道</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>新增階段</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>刪除階段</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>新增步驟</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>刪除步驟</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>移動步驟</translation>
    </message>
    <message>
        <source>Merge steps</source>
        <translation>合併步驟</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>重新命名步驟</translation>
    </message>
    <message>
        <source>Resize step</source>
        <translation>調整步驟寬度</translation>
    </message>
    <message>
        <source>Resize lane</source>
        <translation>調整泳道高度</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>新增泳道</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>刪除泳道</translation>
    </message>
    <message>
        <source>Add map</source>
        <translation>新增旅程圖</translation>
    </message>
    <message>
        <source>Duplicate map</source>
        <translation>複製旅程圖</translation>
    </message>
    <message>
        <source>Delete map</source>
        <translation>刪除旅程圖</translation>
    </message>
    <message>
        <source>Rename map</source>
        <translation>重新命名旅程圖</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>新增人物誌</translation>
    </message>
    <message>
        <source>Link persona</source>
        <translation>在旅程圖上顯示人物誌</translation>
    </message>
    <message>
        <source>Unlink persona</source>
        <translation>從旅程圖移除人物誌</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>刪除人物誌</translation>
    </message>
    <message>
        <source>Rename line</source>
        <translation>重新命名分隔線</translation>
    </message>
    <message>
        <source>Hide curve</source>
        <translation>隱藏曲線</translation>
    </message>
    <message>
        <source>Show curve</source>
        <translation>顯示曲線</translation>
    </message>
    <message>
        <source>Link maps</source>
        <translation>連結旅程圖</translation>
    </message>
    <message>
        <source>Unlink maps</source>
        <translation>取消連結旅程圖</translation>
    </message>
    <message>
        <source>Import metrics</source>
        <translation>匯入指標</translation>
    </message>
    <message>
        <source>Add metric</source>
        <translation>新增指標</translation>
    </message>
    <message>
        <source>Delete metric</source>
        <translation>刪除指標</translation>
    </message>
    <message>
        <source>Edit readings</source>
        <translation>編輯讀數</translation>
    </message>
    <message>
        <source>Set funnel metric</source>
        <translation>設為漏斗指標</translation>
    </message>
    <message>
        <source>Clear funnel metric</source>
        <translation>清除漏斗指標</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>匯出 PDF</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>紙張大小</translation>
    </message>
    <message>
        <source>e.g. 900x600mm</source>
        <translation>例如 900x600mm</translation>
    </message>
    <message>
        <source>Custom page size</source>
        <translation>自訂紙張大小</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>橫向</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>直向</translation>
    </message>
    <message>
        <source>This map: {title}</source>
        <translation>目前旅程圖：{title}</translation>
    </message>
    <message numerus="yes">
        <source>All %n maps, with a page per persona</source>
        <translation>
            <numerusform>全部 %n 張旅程圖，每個人物誌一頁</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole project, with a page per persona</source>
        <translation>整個專案，每個人物誌一頁</translation>
    </message>
    <message>
        <source>Open the PDF when it is ready</source>
        <translation>匯出完成後開啟 PDF</translation>
    </message>
    <message>
        <source>A scorecard page after each map with metrics or an emotion curve</source>
        <translation>在每張含指標或情緒曲線的地圖後附計分卡頁</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>版面</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>旅程圖</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>頁面</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 頁</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s): a guide page, then {columns} × {rows} tiles to tape together</source>
        <translation>
            <numerusform>%n 頁：一頁拼接說明，接著是 {columns} × {rows} 張待拼貼的分頁</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find cards, tags, channels, owners…</source>
        <translation>尋找卡片、標籤、通路、負責人…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>尋找</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一個</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一個</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>No cards found</source>
        <translation>找不到卡片</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>第 {current} 個，共 {total} 個</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>Metrics imported</source>
        <translation>指標已匯入</translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s) created</source>
        <translation>
            <numerusform>已建立 %n 個指標</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>已更新 %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dated reading(s) added</source>
        <translation>
            <numerusform>已新增 %n 個帶日期的讀數</numerusform>
        </translation>
    </message>
    <message>
        <source>{source}: {created}, {updated}, {readings}.</source>
        <translation>{source}：{created}，{updated}，{readings}。</translation>
    </message>
    <message>
        <source>A metrics lane was added to the map.</source>
        <translation>已在地圖中新增指標泳道。</translation>
    </message>
    <message>
        <source>{source}: nothing was imported.</source>
        <translation>{source}：未匯入任何內容。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Not imported because</source>
        <translation>未匯入原因</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) matched no stage or could not be read:</source>
        <translation>
            <numerusform>%n 列未符合任何階段或無法讀取：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Inspector</source>
        <translation>檢閱器</translation>
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
        <translation>泳道標題</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Lane kind</source>
        <translation>泳道類型</translation>
    </message>
    <message>
        <source>The kind is chosen when the lane is added</source>
        <translation>類型在新增泳道時選定</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Lane description</source>
        <translation>泳道說明</translation>
    </message>
    <message>
        <source>Shown in grey under the title</source>
        <translation>以灰色顯示在標題下方</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Lane colour</source>
        <translation>泳道顏色</translation>
    </message>
    <message>
        <source>Kind colour</source>
        <translation>類型顏色</translation>
    </message>
    <message>
        <source>No colour of its own: use the colour of the lane kind</source>
        <translation>不單獨設色：使用泳道類型的顏色</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>Lowest level</source>
        <translation>最低等級</translation>
    </message>
    <message>
        <source>Highest level</source>
        <translation>最高等級</translation>
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
        <translation>情緒刻度</translation>
    </message>
    <message>
        <source>Level labels</source>
        <translation>等級標籤</translation>
    </message>
    <message>
        <source>Apply scale</source>
        <translation>套用刻度</translation>
    </message>
    <message>
        <source>Lane {number} of {count}</source>
        <translation>第 {number} 條泳道，共 {count} 條</translation>
    </message>
    <message>
        <source>A lane needs a name.</source>
        <translation>泳道需要名稱。</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>重新命名泳道</translation>
    </message>
    <message>
        <source>Edit lane description</source>
        <translation>編輯泳道說明</translation>
    </message>
    <message>
        <source>Change lane colour</source>
        <translation>變更泳道顏色</translation>
    </message>
    <message>
        <source>Use kind colour for lane</source>
        <translation>泳道改用類型顏色</translation>
    </message>
    <message>
        <source>Choose a lowest level below the highest.</source>
        <translation>請選擇低於最高等級的最低等級。</translation>
    </message>
    <message numerus="yes">
        <source>%n levels, {low} to {high}: one label per line, lowest first, or none for numbers.</source>
        <translation>
            <numerusform>%n 個等級，從 {low} 到 {high}：每行一個標籤，從最低開始；不填則顯示數字。</numerusform>
        </translation>
    </message>
    <message>
        <source>Change emotion scale</source>
        <translation>變更情緒刻度</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Journey Designer projects (*.journey);;All files (*)</source>
        <translation>Journey Designer 專案 (*.journey);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>未命名專案</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>旅程圖</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>元件面板</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>檢閱器</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>人物誌</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>計分卡</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New from Template…</source>
        <translation>從範本新增(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存新檔(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>匯出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Import &amp;Mermaid Journey…</source>
        <translation>匯入 Mermaid 旅程(&amp;M)…</translation>
    </message>
    <message>
        <source>Export Mermaid Journey…</source>
        <translation>匯出 Mermaid 旅程…</translation>
    </message>
    <message>
        <source>Copy as &amp;Mermaid</source>
        <translation>複製為 Mermaid(&amp;M)</translation>
    </message>
    <message>
        <source>Import Metrics &amp;CSV…</source>
        <translation>匯入指標 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;Image (PNG, SVG)…</source>
        <translation>匯出圖片 (PNG, SVG)(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪下(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>建立副本(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全選(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit Card Text</source>
        <translation>編輯卡片文字(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;New Card in Cell</source>
        <translation>在儲存格中新增卡片(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>尋找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>尋找下一個(&amp;N)</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>偏好設定(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>插入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>階段(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;tep in Stage</source>
        <translation>階段中的步驟(&amp;T)</translation>
    </message>
    <message>
        <source>Text &amp;Lane</source>
        <translation>文字泳道(&amp;L)</translation>
    </message>
    <message>
        <source>Lane of &amp;Kind</source>
        <translation>指定類型的泳道(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>旅程圖(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;New Map from Template…</source>
        <translation>從範本新增旅程圖(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Rename Map…</source>
        <translation>重新命名旅程圖(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Duplicate Map</source>
        <translation>複製旅程圖(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;lete Map</source>
        <translation>刪除旅程圖(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Link to Map…</source>
        <translation>連結到旅程圖(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Go to Linked Map</source>
        <translation>前往連結的旅程圖(&amp;G)</translation>
    </message>
    <message>
        <source>Rename &amp;Stage</source>
        <translation>重新命名階段(&amp;S)</translation>
    </message>
    <message>
        <source>Rename S&amp;tep</source>
        <translation>重新命名步驟(&amp;T)</translation>
    </message>
    <message>
        <source>Rename &amp;Lane</source>
        <translation>重新命名泳道(&amp;L)</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>刪除階段</translation>
    </message>
    <message>
        <source>Delete Step</source>
        <translation>刪除步驟</translation>
    </message>
    <message>
        <source>Delete Lane</source>
        <translation>刪除泳道</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit Map</source>
        <translation>符合視窗(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>實際大小 (100 %)(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>關於 {app}(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>關於 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <source>Click a cell or a card first.</source>
        <translation>請先點選一個儲存格或一張卡片。</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>正在開啟 {name}…</translation>
    </message>
    <message>
        <source>The project could not be opened</source>
        <translation>無法開啟專案</translation>
    </message>
    <message>
        <source>The sample project could not be opened</source>
        <translation>無法開啟範例專案</translation>
    </message>
    <message>
        <source>This is the sample project: explore it freely, Save asks where to keep your copy.</source>
        <translation>這是範例專案：可隨意探索，儲存時會詢問您的副本存放位置。</translation>
    </message>
    <message>
        <source>The unsaved work could not be restored</source>
        <translation>無法還原未儲存的工作</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>開啟專案</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>專案另存新檔</translation>
    </message>
    <message>
        <source>“{name}” is open in another {app}; choose another file name.</source>
        <translation>「{name}」已在另一個 {app} 中開啟；請選擇其他檔名。</translation>
    </message>
    <message>
        <source>The project could not be saved</source>
        <translation>無法儲存專案</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>已儲存 {name}</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>匯出 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>匯出圖片</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 圖片 (*.png);;SVG 向量圖 (*.svg)</translation>
    </message>
    <message>
        <source>Resolution (dots per inch):</source>
        <translation>解析度（每英吋點數）：</translation>
    </message>
    <message>
        <source>The image was not written</source>
        <translation>圖片未寫入</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>已匯出 {name}</translation>
    </message>
    <message>
        <source>The PDF was not written: {error}.</source>
        <translation>PDF 未寫入：{error}。</translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <translation>正在匯出 {name}…</translation>
    </message>
    <message>
        <source>The PDF was not written</source>
        <translation>PDF 未寫入</translation>
    </message>
    <message numerus="yes">
        <source>Exported {name} (%n page(s))</source>
        <translation>
            <numerusform>已匯出 {name}（%n 頁）</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} was written, but some characters have no glyph in the bundled fonts.</source>
        <translation>已寫入 {name}，但部分字元在內建字型中沒有字形。</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing?

Your changes will be lost if you don’t save them.</source>
        <translation>關閉前是否儲存對「{name}」的變更？

如果不儲存，您的變更將會遺失。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) were found.</source>
        <translation>
            <numerusform>發現 %n 個問題。</numerusform>
        </translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>剪貼簿</translation>
    </message>
    <message>
        <source>Select a card or a cell to paste into.</source>
        <translation>請選取要貼上的卡片或儲存格。</translation>
    </message>
    <message>
        <source>Paste card</source>
        <translation>貼上卡片</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cards</source>
        <translation>
            <numerusform>貼上 %n 張卡片</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete selection</source>
        <translation>刪除所選內容</translation>
    </message>
    <message>
        <source>{name} (read-only)</source>
        <translation>{name}（唯讀）</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n 張卡片</numerusform>
        </translation>
    </message>
    <message>
        <source>linked with “{title}”</source>
        <translation>已連結「{title}」</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>已選取 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Some pictures could not be added.</source>
        <translation>部分圖片無法新增。</translation>
    </message>
    <message>
        <source>The picture could not be added.</source>
        <translation>無法新增圖片。</translation>
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
        <translation>階段「{name}」至少需要一個步驟。</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>新增卡片</translation>
    </message>
    <message>
        <source>Drop pictures on a cell of a card lane (for example a storyboard lane).</source>
        <translation>請將圖片拖放到卡片泳道的儲存格中（例如故事板泳道）。</translation>
    </message>
    <message>
        <source>Add picture</source>
        <translation>新增圖片</translation>
    </message>
    <message numerus="yes">
        <source>Add %n pictures</source>
        <translation>
            <numerusform>新增 %n 張圖片</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MermaidActions</name>
    <message>
        <source>Mermaid journey (*.mmd *.mermaid *.md *.txt);;All files (*)</source>
        <translation>Mermaid 旅程 (*.mmd *.mermaid *.md *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Import Mermaid journey</source>
        <translation>匯入 Mermaid 旅程</translation>
    </message>
    <message>
        <source>The diagram could not be imported</source>
        <translation>無法匯入該圖表</translation>
    </message>
    <message>
        <source>Export Mermaid journey</source>
        <translation>匯出 Mermaid 旅程</translation>
    </message>
    <message>
        <source>The diagram was not written</source>
        <translation>圖表未寫入</translation>
    </message>
    <message>
        <source>{name} was written</source>
        <translation>已寫入 {name}</translation>
    </message>
    <message>
        <source>The Mermaid diagram is on the clipboard</source>
        <translation>Mermaid 圖表已複製到剪貼簿</translation>
    </message>
    <message>
        <source>{done}; Mermaid cannot hold everything the map has.</source>
        <translation>{done}；Mermaid 無法容納旅程圖中的全部內容。</translation>
    </message>
</context>
<context>
    <name>MessageLabel</name>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>MetricPage</name>
    <message>
        <source>Type a number, such as 1250 or 2.5.</source>
        <translation>請輸入數字，例如 1250 或 2.5。</translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>數字太大。</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>達標</translation>
    </message>
    <message>
        <source>Off target</source>
        <translation>未達標</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>無目標</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Metric name</source>
        <translation>指標名稱</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>e.g. 1250 or 2.5</source>
        <translation>例如 1250 或 2.5</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>e.g. %, zł, visits</source>
        <translation>例如 %、元、造訪</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>Off: the metric is on target at or below the target</source>
        <translation>關閉時：數值等於或低於目標即為達標</translation>
    </message>
    <message>
        <source>Dated readings</source>
        <translation>帶日期的讀數</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>讀數</translation>
    </message>
    <message>
        <source>Add reading</source>
        <translation>新增讀數</translation>
    </message>
    <message>
        <source>Remove reading</source>
        <translation>刪除讀數</translation>
    </message>
    <message>
        <source>Funnel metric of this map</source>
        <translation>本地圖的漏斗指標</translation>
    </message>
    <message>
        <source>The scorecard&apos;s funnel shows this metric at every stage that has it</source>
        <translation>計分卡的漏斗會在每個含此指標的階段顯示它</translation>
    </message>
    <message>
        <source>Delete metric</source>
        <translation>刪除指標</translation>
    </message>
    <message>
        <source>The latest reading&apos;s value; edit the readings below to change it.</source>
        <translation>最新讀數的數值；要修改，請編輯下方的讀數。</translation>
    </message>
    <message>
        <source>A metric needs a name.</source>
        <translation>指標需要名稱。</translation>
    </message>
    <message>
        <source>Rename metric</source>
        <translation>重新命名指標</translation>
    </message>
    <message>
        <source>Edit metric value</source>
        <translation>編輯指標數值</translation>
    </message>
    <message>
        <source>Edit metric target</source>
        <translation>編輯指標目標</translation>
    </message>
    <message>
        <source>A unit can be at most 20 characters.</source>
        <translation>單位最多 20 個字元。</translation>
    </message>
    <message>
        <source>Edit metric unit</source>
        <translation>編輯指標單位</translation>
    </message>
    <message>
        <source>Change metric direction</source>
        <translation>變更指標方向</translation>
    </message>
    <message>
        <source>Row {row}: write the date as YYYY-MM-DD, e.g. 2026-10-01.</source>
        <translation>第 {row} 列：日期請寫成 YYYY-MM-DD，例如 2026-10-01。</translation>
    </message>
    <message>
        <source>Row {row}: type a value.</source>
        <translation>第 {row} 列：請輸入數值。</translation>
    </message>
    <message>
        <source>Two readings have the same date.</source>
        <translation>兩個讀數的日期相同。</translation>
    </message>
    <message>
        <source>There is already a reading for today.</source>
        <translation>今天已有讀數。</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Metrics of this stage</source>
        <translation>本階段的指標</translation>
    </message>
    <message>
        <source>Add metric</source>
        <translation>新增指標</translation>
    </message>
    <message>
        <source>New metric</source>
        <translation>新指標</translation>
    </message>
</context>
<context>
    <name>MetricsActions</name>
    <message>
        <source>Open a map first.</source>
        <translation>請先開啟一張地圖。</translation>
    </message>
    <message>
        <source>Import metrics CSV</source>
        <translation>匯入指標 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV 檔案 (*.csv *.tsv *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>The metrics could not be imported</source>
        <translation>無法匯入指標</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指標</translation>
    </message>
</context>
<context>
    <name>MoveLane</name>
    <message>
        <source>Move lane</source>
        <translation>移動泳道</translation>
    </message>
</context>
<context>
    <name>MoveStage</name>
    <message>
        <source>Move stage</source>
        <translation>移動階段</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>CARDS — drag into a cell</source>
        <translation>卡片 — 拖入儲存格</translation>
    </message>
    <message>
        <source>LANES — drag between lanes</source>
        <translation>泳道 — 拖到兩條泳道之間</translation>
    </message>
    <message>
        <source>Card types</source>
        <translation>卡片類型</translation>
    </message>
    <message>
        <source>Drag onto a cell to add a card of this kind: {name}</source>
        <translation>拖到儲存格中以新增此類卡片：{name}</translation>
    </message>
    <message>
        <source>Lane types</source>
        <translation>泳道類型</translation>
    </message>
    <message>
        <source>Drag between two lanes to insert this lane there</source>
        <translation>拖到兩條泳道之間，在該處插入此泳道</translation>
    </message>
</context>
<context>
    <name>PersonaPanel</name>
    <message>
        <source>Personas</source>
        <translation>人物誌</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>新增人物誌</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>照片…</translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG, or drop one on this panel</source>
        <translation>選擇 PNG 或 JPEG 圖片，或直接拖放到此面板</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>無照片</translation>
    </message>
    <message>
        <source>Remove persona photo</source>
        <translation>移除人物誌照片</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>痛點</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情境</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>期望</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
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
        <translation>在此旅程圖中顯示</translation>
    </message>
    <message>
        <source>The map&apos;s header and exports show the personas linked to it</source>
        <translation>旅程圖的頁首和匯出檔案會顯示與之連結的人物誌</translation>
    </message>
    <message>
        <source>A persona needs a name.</source>
        <translation>人物誌需要名稱。</translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation>編輯人物誌</translation>
    </message>
    <message>
        <source>Persona {number}</source>
        <translation>人物誌 {number}</translation>
    </message>
    <message>
        <source>Delete the persona “{name}” and its emotion curves on every map?
You can undo this with Edit → Undo.</source>
        <translation>刪除人物誌「{name}」及其在所有旅程圖上的情緒曲線？
可以透過「編輯 → 復原」還原。</translation>
    </message>
    <message>
        <source>Persona photo</source>
        <translation>人物誌照片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>圖片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Change persona photo</source>
        <translation>更換人物誌照片</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>跟隨系統（{language}）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>不保留</translation>
    </message>
    <message>
        <source>Before a save replaces a file, its previous version is kept next to it as NAME.journey.bak; older ones as .bak.2, .bak.3, …</source>
        <translation>儲存覆寫檔案之前，上一個版本會保留在同一資料夾中，名為「名稱.journey.bak」；更早的版本為 .bak.2、.bak.3……</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Previous versions kept:</source>
        <translation>保留的舊版本數(&amp;P)：</translation>
    </message>
    <message>
        <source>A new language applies when Journey Designer starts again.</source>
        <translation>新語言將在 Journey Designer 重新啟動後生效。</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <source>Stage {number} of {count}: {name}</source>
        <translation>第 {number} / {count} 階段：{name}</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>整張地圖</translation>
    </message>
    <message>
        <source>← →  Stage     O  Overview     B  Black out     T  Timer     Esc  Exit</source>
        <translation>← →  階段     O  全覽     B  黑畫面     T  計時器     Esc  結束</translation>
    </message>
    <message>
        <source>↑ ↓  Scroll</source>
        <translation>↑ ↓  捲動</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Journey Designer — presentation</source>
        <translation>Journey Designer — 簡報</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBar</name>
    <message>
        <source>Save As…</source>
        <translation>另存新檔…</translation>
    </message>
    <message>
        <source>“{name}” is open in another Journey Designer, so it is read-only here. You can still edit; Save As… keeps your changes in another file.</source>
        <translation>「{name}」已在另一個 Journey Designer 中開啟，因此在這裡是唯讀的。您仍然可以編輯；「另存新檔…」會將變更儲存到另一個檔案。</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>{app} — recover unsaved work</source>
        <translation>{app} — 還原未儲存的工作</translation>
    </message>
    <message>
        <source>{app} was closed without saving these changes. Restore one to continue where you left off.</source>
        <translation>{app} 在關閉時未儲存這些變更。還原其中一項即可從上次中斷處繼續。</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>從未儲存</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>捨棄</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍後</translation>
    </message>
</context>
<context>
    <name>ScorecardPanel</name>
    <message>
        <source>to-be</source>
        <translation>未來</translation>
    </message>
    <message>
        <source>as-is</source>
        <translation>現況</translation>
    </message>
    <message>
        <source>{percent} % go on</source>
        <translation>{percent} % 進入下一階段</translation>
    </message>
    <message>
        <source>biggest drop-off:</source>
        <translation>最大流失：</translation>
    </message>
    <message>
        <source>Funnel metric</source>
        <translation>漏斗指標</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>Open a map to see its scorecard.</source>
        <translation>開啟一張地圖以檢視其計分卡。</translation>
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
        <translation>{score} % 的指標達標</translation>
    </message>
    <message>
        <source>Overall score: {score} / 100</source>
        <translation>總分：{score} / 100</translation>
    </message>
    <message>
        <source>Lowest emotion: {stage}</source>
        <translation>情緒最低：{stage}</translation>
    </message>
    <message>
        <source>Largest drop: {start} → {end} ({change})</source>
        <translation>最大下降：{start} → {end}（{change}）</translation>
    </message>
    <message>
        <source>The average emotion never falls from one stage to the next.</source>
        <translation>平均情緒在相鄰階段之間沒有下降。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>情緒</translation>
    </message>
    <message>
        <source>Map curve</source>
        <translation>地圖曲線</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>痛點</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>機會點</translation>
    </message>
    <message>
        <source>Fail points</source>
        <translation>失誤點</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>票數</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>達標</translation>
    </message>
    <message>
        <source>Off target</source>
        <translation>未達標</translation>
    </message>
    <message>
        <source>The stage with the lowest emotion</source>
        <translation>情緒最低的階段</translation>
    </message>
    <message>
        <source>No funnel</source>
        <translation>無漏斗</translation>
    </message>
    <message>
        <source>Export scorecard</source>
        <translation>匯出計分卡</translation>
    </message>
    <message>
        <source>{title} scorecard.csv</source>
        <translation>{title} 計分卡.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>The scorecard was not written</source>
        <translation>未能寫入計分卡</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation>階段名稱</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Stage description</source>
        <translation>階段說明</translation>
    </message>
    <message>
        <source>A one-line summary shown under the name</source>
        <translation>顯示在名稱下方的一行摘要</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>關鍵時刻</translation>
    </message>
    <message>
        <source>A stage that decides whether the customer stays or leaves</source>
        <translation>決定顧客去留的階段</translation>
    </message>
    <message>
        <source>A stage that decides whether the customer stays or leaves.</source>
        <translation>決定顧客去留的階段。</translation>
    </message>
    <message>
        <source>Stage {number} of {count} · {steps}</source>
        <translation>第 {number} 個階段，共 {count} 個 · {steps}</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 個步驟</numerusform>
        </translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>階段需要名稱。</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>重新命名階段</translation>
    </message>
    <message>
        <source>Edit stage description</source>
        <translation>編輯階段說明</translation>
    </message>
    <message>
        <source>Mark moment of truth</source>
        <translation>標記關鍵時刻</translation>
    </message>
    <message>
        <source>Clear moment of truth</source>
        <translation>取消關鍵時刻</translation>
    </message>
</context>
<context>
    <name>StructureActions</name>
    <message>
        <source>A name cannot be empty; it was kept.</source>
        <translation>名稱不能為空；已保留原名稱。</translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation>重新命名階段</translation>
    </message>
    <message>
        <source>Add Stage Before</source>
        <translation>在前面新增階段</translation>
    </message>
    <message>
        <source>Add Stage After</source>
        <translation>在後面新增階段</translation>
    </message>
    <message>
        <source>Split Into Steps</source>
        <translation>拆分為步驟</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>刪除階段</translation>
    </message>
    <message>
        <source>Rename Step</source>
        <translation>重新命名步驟</translation>
    </message>
    <message>
        <source>Add Step After</source>
        <translation>在後面新增步驟</translation>
    </message>
    <message>
        <source>Merge Into Previous Step</source>
        <translation>合併到上一步驟</translation>
    </message>
    <message>
        <source>Delete Step</source>
        <translation>刪除步驟</translation>
    </message>
    <message>
        <source>Rename Lane</source>
        <translation>重新命名泳道</translation>
    </message>
    <message>
        <source>Add Lane Above</source>
        <translation>在上方新增泳道</translation>
    </message>
    <message>
        <source>Add Lane Below</source>
        <translation>在下方新增泳道</translation>
    </message>
    <message>
        <source>Delete Lane</source>
        <translation>刪除泳道</translation>
    </message>
    <message>
        <source>Edit Label…</source>
        <translation>編輯標籤…</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>反轉</translation>
    </message>
    <message>
        <source>Two-Way</source>
        <translation>雙向</translation>
    </message>
    <message>
        <source>Delete Connector</source>
        <translation>刪除連線</translation>
    </message>
    <message>
        <source>New Card Here</source>
        <translation>在此新增卡片</translation>
    </message>
    <message>
        <source>Stage {number}</source>
        <translation>階段 {number}</translation>
    </message>
    <message>
        <source>A map keeps at least one stage.</source>
        <translation>旅程圖至少要保留一個階段。</translation>
    </message>
    <message>
        <source>A map keeps at least one lane.</source>
        <translation>旅程圖至少要保留一條泳道。</translation>
    </message>
    <message numerus="yes">
        <source>Delete this stage and the %n card(s) on it?
You can undo this with Edit → Undo.</source>
        <translation>
            <numerusform>刪除此階段及其上的 %n 張卡片？
可以透過「編輯 → 復原」還原。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete this step and the %n card(s) on it?
You can undo this with Edit → Undo.</source>
        <translation>
            <numerusform>刪除此步驟及其上的 %n 張卡片？
可以透過「編輯 → 復原」還原。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete this lane and the %n card(s) on it?
You can undo this with Edit → Undo.</source>
        <translation>
            <numerusform>刪除此泳道及其上的 %n 張卡片？
可以透過「編輯 → 復原」還原。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add another map to link this one to.</source>
        <translation>請先新增另一張旅程圖，才能與此圖連結。</translation>
    </message>
    <message>
        <source>(not linked)</source>
        <translation>（未連結）</translation>
    </message>
    <message>
        <source>Link map</source>
        <translation>連結旅程圖</translation>
    </message>
    <message>
        <source>This map belongs with:</source>
        <translation>此旅程圖對應：</translation>
    </message>
    <message>
        <source>This map is not linked to another one.</source>
        <translation>此旅程圖未連結其他旅程圖。</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>標籤：</translation>
    </message>
    <message>
        <source>Rename map</source>
        <translation>重新命名旅程圖</translation>
    </message>
    <message>
        <source>Map title:</source>
        <translation>旅程圖標題：</translation>
    </message>
    <message>
        <source>{title} (future state)</source>
        <translation>{title}（未來狀態）</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title}（副本）</translation>
    </message>
    <message>
        <source>A project keeps at least one map.</source>
        <translation>專案至少要保留一張旅程圖。</translation>
    </message>
    <message>
        <source>Delete the map “{title}”?
You can undo this with Edit → Undo.</source>
        <translation>刪除旅程圖「{title}」？
可以透過「編輯 → 復原」還原。</translation>
    </message>
    <message>
        <source>New map from template</source>
        <translation>從範本新增旅程圖</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Add tag…</source>
        <translation>新增標籤…</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>新增標籤</translation>
    </message>
    <message>
        <source>Separate several tags with commas. Backspace moves to the tags to remove one.</source>
        <translation>多個標籤用逗號分隔。按退格鍵可移到標籤上以刪除。</translation>
    </message>
    <message>
        <source>Type a tag and press Enter; separate several with commas</source>
        <translation>輸入標籤後按 Enter；多個標籤用逗號分隔</translation>
    </message>
    <message>
        <source>Remove tag {tag}</source>
        <translation>移除標籤 {tag}</translation>
    </message>
    <message>
        <source>Remove “{tag}” (Backspace, Delete or Space)</source>
        <translation>移除「{tag}」（退格鍵、Delete 或空白鍵）</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New from template</source>
        <translation>從範本新增</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>範本</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>建立</translation>
    </message>
</context>
<context>
    <name>TimerOverlay</name>
    <message>
        <source>Workshop timer: click to start or pause</source>
        <translation>工作坊計時器：點擊開始或暫停</translation>
    </message>
    <message>
        <source>Workshop timer</source>
        <translation>工作坊計時器</translation>
    </message>
    <message>
        <source>Time’s up</source>
        <translation>時間到</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩餘時間</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暫停</translation>
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
        <translation>清除此地圖上的所有投票（可復原）</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) on this map</source>
        <translation>
            <numerusform>此地圖共 %n 票</numerusform>
        </translation>
    </message>
    <message>
        <source>{stage}: {count}</source>
        <translation>{stage}：{count}</translation>
    </message>
    <message>
        <source>Turn on Workshop › Dot Voting, then click cards to vote.</source>
        <translation>開啟「工作坊 › 圓點投票」，然後點擊卡片投票。</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>（無文字）</translation>
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
        <translation>簡報(&amp;P)</translation>
    </message>
    <message>
        <source>Project the map full screen, stage by stage (F5; F5 again or Esc to stop)</source>
        <translation>全螢幕投影地圖，逐一階段展示（F5；再按 F5 或 Esc 結束）</translation>
    </message>
    <message>
        <source>&amp;Dark Projection Theme</source>
        <translation>深色投影主題(&amp;D)</translation>
    </message>
    <message>
        <source>Present &amp;On</source>
        <translation>簡報螢幕(&amp;O)</translation>
    </message>
    <message>
        <source>Dot &amp;Voting</source>
        <translation>圓點投票(&amp;V)</translation>
    </message>
    <message>
        <source>Dot voting: a click on a card adds a vote, Shift+click takes one away (F6)</source>
        <translation>圓點投票：點擊卡片加一票，Shift+點擊減一票（F6）</translation>
    </message>
    <message>
        <source>&amp;Add Vote</source>
        <translation>加一票(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Vote</source>
        <translation>減一票(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear Votes</source>
        <translation>清除投票(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Start or Pause Timer</source>
        <translation>開始或暫停計時器(&amp;S)</translation>
    </message>
    <message>
        <source>R&amp;eset Timer</source>
        <translation>重設計時器(&amp;E)</translation>
    </message>
    <message>
        <source>Set &amp;Timer…</source>
        <translation>設定計時器(&amp;T)…</translation>
    </message>
    <message>
        <source>S&amp;how Timer</source>
        <translation>顯示計時器(&amp;H)</translation>
    </message>
    <message>
        <source>Note Colour: {name}</source>
        <translation>便利貼顏色：{name}</translation>
    </message>
    <message>
        <source>Note Colour: the Lane’s</source>
        <translation>便利貼顏色：沿用泳道顏色</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>工作坊(&amp;W)</translation>
    </message>
    <message>
        <source>New Note &amp;Colour</source>
        <translation>新便利貼顏色(&amp;C)</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <source>New notes:</source>
        <translation>新便利貼：</translation>
    </message>
    <message>
        <source>New note colour</source>
        <translation>新便利貼顏色</translation>
    </message>
    <message>
        <source>New notes: {name} (Ctrl+{number})</source>
        <translation>新便利貼：{name}（Ctrl+{number}）</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>泳道</translation>
    </message>
    <message>
        <source>New notes take their lane’s colour</source>
        <translation>新便利貼使用所在泳道的顏色</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>New notes: {colour}</source>
        <translation>新便利貼：{colour}</translation>
    </message>
    <message>
        <source>Dot voting: click a card to add a vote, Shift+click to take one away.</source>
        <translation>圓點投票：點擊卡片加一票，Shift+點擊減一票。</translation>
    </message>
    <message>
        <source>Select cards to vote for first.</source>
        <translation>請先選取要投票的卡片。</translation>
    </message>
    <message>
        <source>Votes cleared. Undo brings them back.</source>
        <translation>投票已清除。復原可找回。</translation>
    </message>
    <message>
        <source>Workshop timer</source>
        <translation>工作坊計時器</translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation>分鐘：</translation>
    </message>
    <message>
        <source>Time’s up.</source>
        <translation>時間到。</translation>
    </message>
    <message>
        <source>Automatic (another screen if any)</source>
        <translation>自動（如有其他螢幕則使用它）</translation>
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
            <numerusform>請為 {levels} 個等級各填寫一個標籤，或全部不填；目前有 %n 個。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) of this curve lie outside {low} to {high}; move them inside first.</source>
        <translation>
            <numerusform>這條曲線有 %n 個點超出 {low} 到 {high} 的範圍；請先把它們移到範圍內。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n 個階段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 個步驟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n 張卡片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 頁</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 條</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n map(s)</source>
        <translation>
            <numerusform>%n 張旅程圖</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n 個人物誌</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_EmptyPage</name>
    <message>
        <source>Inspector</source>
        <translation>檢閱器</translation>
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
        <translation>等級標籤，每行一個，從最低開始</translation>
    </message>
</context>
<context>
    <name>_ListField</name>
    <message>
        <source>One per line</source>
        <translation>每行一項</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>An offline designer for customer journey maps and service blueprints.</source>
        <translation>離線設計顧客旅程圖與服務藍圖的工具。</translation>
    </message>
    <message>
        <source>Licence: {licence}. This program comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>授權條款：{licence}。本程式不提供任何擔保。</translation>
    </message>
    <message>
        <source>Bundled fonts:</source>
        <translation>內建字型：</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>建置所用元件：</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>關於 {app}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Design customer journey maps and service blueprints. Without a command, opens FILE (or the bundled sample) in the editor.</source>
        <translation>設計顧客旅程圖與服務藍圖。不帶命令時，在編輯器中開啟 FILE（或內建範例）。</translation>
    </message>
    <message>
        <source>open the editor (the default)</source>
        <translation>開啟編輯器（預設）</translation>
    </message>
    <message>
        <source>check project files; exit 1 if any is invalid</source>
        <translation>檢查專案檔案；有無效檔案時結束代碼為 1</translation>
    </message>
    <message>
        <source>print the JSON Schema of the current file format</source>
        <translation>輸出目前檔案格式的 JSON Schema</translation>
    </message>
    <message>
        <source>list the templates: name, then description</source>
        <translation>列出範本：名稱，然後是說明</translation>
    </message>
    <message>
        <source>create a project from a template</source>
        <translation>從範本建立專案</translation>
    </message>
    <message>
        <source>make a project from a CSV grid</source>
        <translation>從 CSV 表格建立專案</translation>
    </message>
    <message>
        <source>make a project from a Mermaid journey diagram</source>
        <translation>從 Mermaid 旅程圖建立專案</translation>
    </message>
    <message>
        <source>write one map as a CSV grid</source>
        <translation>將一張旅程圖寫為 CSV 表格</translation>
    </message>
    <message>
        <source>print maps to a PDF (fit, tiled or per stage), or one map to PNG, SVG or Mermaid</source>
        <translation>將旅程圖輸出為 PDF（整頁、分頁拼貼或依階段），或將一張旅程圖輸出為 PNG、SVG 或 Mermaid</translation>
    </message>
    <message>
        <source>valid ({maps}, {cards})</source>
        <translation>有效（{maps}，{cards}）</translation>
    </message>
    <message>
        <source>choose an output file ending in .pdf, .png or .svg (or .mmd for Mermaid)</source>
        <translation>請選擇以 .pdf、.png 或 .svg 結尾的輸出檔案（Mermaid 用 .mmd）</translation>
    </message>
    <message>
        <source>a PNG or SVG holds one map; choose it with --map</source>
        <translation>一個 PNG 或 SVG 只能容納一張旅程圖；請用 --map 選擇</translation>
    </message>
    <message>
        <source>a Mermaid journey holds one map; choose it with --map</source>
        <translation>一個 Mermaid 旅程只能容納一張旅程圖；請用 --map 選擇</translation>
    </message>
    <message>
        <source>the project has no maps</source>
        <translation>該專案沒有旅程圖</translation>
    </message>
    <message>
        <source>has {count} maps; choose one with --map ({names})</source>
        <translation>包含 {count} 張旅程圖；請用 --map 選擇一張（{names}）</translation>
    </message>
    <message>
        <source>has no map &apos;{wanted}&apos; ({names})</source>
        <translation>沒有旅程圖「{wanted}」（{names}）</translation>
    </message>
    <message>
        <source>already exists; choose another name or add --force to replace it</source>
        <translation>已存在；請換一個名稱，或加上 --force 覆寫</translation>
    </message>
</context>
<context>
    <name>duration</name>
    <message>
        <source>minutes</source>
        <translation>分鐘</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小時</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Write the duration as a number, such as 5 or 1.5 (not “{text}”).</source>
        <translation>請用數字填寫時長，例如 5 或 1.5（而不是「{text}」）。</translation>
    </message>
    <message>
        <source>Write the duration as a number, such as 5 or 1.5.</source>
        <translation>請用數字填寫時長，例如 5 或 1.5。</translation>
    </message>
    <message>
        <source>A duration cannot be negative.</source>
        <translation>時長不能為負數。</translation>
    </message>
    <message>
        <source>A duration can be at most ten years.</source>
        <translation>時長最多為十年。</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>Custom (mm)…</source>
        <translation>自訂 (mm)…</translation>
    </message>
    <message>
        <source>Fit the map on one page</source>
        <translation>將旅程圖縮放到一頁</translation>
    </message>
    <message>
        <source>Tile across pages (to tape into a poster)</source>
        <translation>分頁拼貼（可拼成海報）</translation>
    </message>
    <message>
        <source>One page per stage (for slides)</source>
        <translation>每個階段一頁（用於簡報）</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Observed</source>
        <translation>已觀察</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>假設</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>提議</translation>
    </message>
    <message>
        <source>Seen in research (filled disc)</source>
        <translation>在研究中觀察到（實心圓）</translation>
    </message>
    <message>
        <source>Believed, not yet checked (half-filled disc)</source>
        <translation>推測，尚未驗證（半實心圓）</translation>
    </message>
    <message>
        <source>A proposal for the future (dashed ring)</source>
        <translation>面向未來的提議（虛線圓環）</translation>
    </message>
    <message>
        <source>This value is not allowed</source>
        <translation>不允許此值</translation>
    </message>
</context>
<context>
    <name>grid</name>
    <message>
        <source>Line of interaction</source>
        <translation>互動線</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>可視線</translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation>內部互動線</translation>
    </message>
    <message>
        <source>{amount} s</source>
        <translation>{amount} 秒</translation>
    </message>
    <message>
        <source>{amount} min</source>
        <translation>{amount} 分鐘</translation>
    </message>
    <message>
        <source>{amount} h</source>
        <translation>{amount} 小時</translation>
    </message>
    <message>
        <source>{amount} d</source>
        <translation>{amount} 天</translation>
    </message>
    <message>
        <source>to-be</source>
        <translation>未來</translation>
    </message>
    <message>
        <source>as-is</source>
        <translation>現況</translation>
    </message>
</context>
<context>
    <name>image_export</name>
    <message>
        <source>the resolution must be 24 to 1200 dpi</source>
        <translation>解析度必須在 24 到 1200 dpi 之間</translation>
    </message>
    <message>
        <source>the picture would be {width}×{height} pixels; choose a lower resolution than {dpi} dpi</source>
        <translation>圖片將達到 {width}×{height} 像素；請選擇低於 {dpi} dpi 的解析度</translation>
    </message>
    <message>
        <source>choose a file name ending in .png or .svg</source>
        <translation>請選擇以 .png 或 .svg 結尾的檔名</translation>
    </message>
</context>
<context>
    <name>image_import</name>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>無法讀取（{reason}）</translation>
    </message>
    <message>
        <source>is {size} MB; pictures up to 50 MB can be added</source>
        <translation>大小為 {size} MB；只能新增不超過 50 MB 的圖片</translation>
    </message>
    <message>
        <source>{problem}; only PNG and JPEG pictures can be added</source>
        <translation>{problem}；只能新增 PNG 和 JPEG 圖片</translation>
    </message>
    <message>
        <source>is {width}×{height} pixels; pictures up to {limit} megapixels can be added</source>
        <translation>尺寸為 {width}×{height} 像素；只能新增不超過 {limit} 百萬像素的圖片</translation>
    </message>
    <message>
        <source>the picture is damaged ({reason})</source>
        <translation>圖片已損壞（{reason}）</translation>
    </message>
    <message>
        <source>is still too large after scaling it down</source>
        <translation>縮小後仍然過大</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>is larger than {limit} MB</source>
        <translation>大於 {limit} MB</translation>
    </message>
    <message>
        <source>is saved as UTF-16; save it as {encoding} and try again</source>
        <translation>以 UTF-16 編碼儲存；請另存為 {encoding} 後再試一次</translation>
    </message>
    <message>
        <source>line {line}: is not UTF-8 text; save it as {encoding} and try again</source>
        <translation>第 {line} 行：不是 UTF-8 文字；請另存為 {encoding} 後再試一次</translation>
    </message>
    <message>
        <source>is not a text file (it contains NUL bytes)</source>
        <translation>不是文字檔（含有 NUL 位元組）</translation>
    </message>
</context>
<context>
    <name>inspector</name>
    <message>
        <source>Select a card to see and edit its text, colour, tags and evidence here.

Select a stage or lane header to edit the stage or lane. Select several cards to change their colour, evidence or fail point together.</source>
        <translation>選取一張卡片，即可在此檢視並編輯其文字、顏色、標籤和證據。

選取階段或泳道的標題可編輯該階段或泳道。選取多張卡片可一起變更顏色、證據或失誤點。</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>已觀察</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>假設</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>提議</translation>
    </message>
    <message>
        <source>A name can be at most {limit} characters; this one has {length}.</source>
        <translation>名稱最多 {limit} 個字元；目前為 {length} 個。</translation>
    </message>
    <message>
        <source>A text can be at most {limit} characters; this one has {length}.</source>
        <translation>文字最多 {limit} 個字元；目前為 {length} 個。</translation>
    </message>
    <message>
        <source>{what} can be at most {limit} characters.</source>
        <translation>{what}最多 {limit} 個字元。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>No evidence status</source>
        <translation>無證據狀態</translation>
    </message>
    <message>
        <source>card {number} of {count}</source>
        <translation>第 {number} 張卡片，共 {count} 張</translation>
    </message>
    <message>
        <source>The lowest level ({low}) must be below the highest ({high}).</source>
        <translation>最低等級（{low}）必須低於最高等級（{high}）。</translation>
    </message>
    <message>
        <source>A level label cannot be empty; leave all of them out to show numbers.</source>
        <translation>等級標籤不能為空；若要顯示數字，請全部留空。</translation>
    </message>
    <message>
        <source>A level label can be at most {limit} characters.</source>
        <translation>等級標籤最多 {limit} 個字元。</translation>
    </message>
</context>
<context>
    <name>items</name>
    <message>
        <source>image cannot be shown</source>
        <translation>無法顯示圖片</translation>
    </message>
    <message>
        <source>curve</source>
        <translation>曲線</translation>
    </message>
    <message>
        <source>  (hidden)</source>
        <translation>（已隱藏）</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>無目標</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>圖例</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>已觀察</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>假設</translation>
    </message>
    <message>
        <source>Proposed (idea)</source>
        <translation>提議（構想）</translation>
    </message>
    <message>
        <source>Fail point</source>
        <translation>失誤點</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>達標</translation>
    </message>
    <message>
        <source>Off target</source>
        <translation>未達標</translation>
    </message>
</context>
<context>
    <name>load</name>
    <message>
        <source>no such file</source>
        <translation>檔案不存在</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>沒有存取權限</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>無法讀取（{reason}）</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>是資料夾，不是檔案</translation>
    </message>
    <message>
        <source>is not a regular file (a device, pipe or socket)</source>
        <translation>不是一般檔案（而是裝置、管道或通訊端）</translation>
    </message>
    <message>
        <source>is {size:.0f} MB; files larger than {limit} MB are not opened</source>
        <translation>大小為 {size:.0f} MB；不開啟大於 {limit} MB 的檔案</translation>
    </message>
    <message>
        <source>is larger than {limit} MB</source>
        <translation>大於 {limit} MB</translation>
    </message>
    <message>
        <source>is saved as {encoding}; save it as UTF-8 and try again</source>
        <translation>以 {encoding} 編碼儲存；請另存為 UTF-8 後再試一次</translation>
    </message>
    <message>
        <source>the file ends too early (it may be truncated)</source>
        <translation>檔案提前結束（可能已被截斷）</translation>
    </message>
    <message>
        <source>is not UTF-8 text (invalid byte 0x{byte:02X} on line {line})</source>
        <translation>不是 UTF-8 文字（第 {line} 行有無效位元組 0x{byte:02X}）</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>檔案是空的</translation>
    </message>
    <message>
        <source>is not a Journey Designer project (no JSON object at the top)</source>
        <translation>不是 Journey Designer 專案（最上層沒有 JSON 物件）</translation>
    </message>
    <message>
        <source>cannot be upgraded from format version {version}: {error}</source>
        <translation>無法從格式版本 {version} 升級：{error}</translation>
    </message>
    <message>
        <source>is not valid JSON: {problem} (line {line}, column {column})</source>
        <translation>不是有效的 JSON：{problem}（第 {line} 行，第 {column} 欄）</translation>
    </message>
    <message>
        <source>is nested too deeply to be a project file</source>
        <translation>巢狀層級過深，不可能是專案檔</translation>
    </message>
    <message>
        <source>is not valid: {problem}</source>
        <translation>無效：{problem}</translation>
    </message>
    <message>
        <source>contains an invalid character (an unpaired UTF-16 surrogate escape)</source>
        <translation>含有無效字元（未配對的 UTF-16 代理跳脫序列）</translation>
    </message>
    <message>
        <source>is not a Journey Designer project (it has no &quot;format&quot; field)</source>
        <translation>不是 Journey Designer 專案（沒有「format」欄位）</translation>
    </message>
    <message>
        <source>is a &apos;{kind}&apos; file, not a Journey Designer project</source>
        <translation>是「{kind}」檔案，不是 Journey Designer 專案</translation>
    </message>
    <message>
        <source>has no valid format version (&quot;version&quot; must be a whole number)</source>
        <translation>沒有有效的格式版本（「version」必須是整數）</translation>
    </message>
    <message>
        <source>the file was saved by a newer Journey Designer (file format {version}; this version reads formats up to {newest}). Update Journey Designer to open it</source>
        <translation>此檔案由較新版本的 Journey Designer 儲存（檔案格式 {version}；此版本最多只能讀取格式 {newest}）。請更新 Journey Designer 後再開啟</translation>
    </message>
    <message>
        <source>has an unknown format version {version}</source>
        <translation>格式版本 {version} 不明</translation>
    </message>
</context>
<context>
    <name>locking</name>
    <message>
        <source>another program</source>
        <translation>另一個程式</translation>
    </message>
    <message>
        <source>another {app} (process {pid} on {host})</source>
        <translation>另一個 {app}（處理程序 {pid}，位於 {host}）</translation>
    </message>
    <message>
        <source>another {app} (process {pid})</source>
        <translation>另一個 {app}（處理程序 {pid}）</translation>
    </message>
    <message>
        <source>“{name}” is open in {owner}.</source>
        <translation>「{name}」已在{owner}中開啟。</translation>
    </message>
    <message>
        <source>Changes saved there and here would overwrite each other. Open it read-only (to save your changes you choose another file name)?</source>
        <translation>兩處儲存的變更會互相覆寫。是否以唯讀方式開啟（要儲存變更時需另選檔名）？</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>以唯讀方式開啟</translation>
    </message>
    <message>
        <source>If {host} is no longer using it (for example it crashed), you can edit it here.</source>
        <translation>如果 {host} 已不再使用它（例如那台電腦當機了），您可以在這裡編輯它。</translation>
    </message>
    <message>
        <source>Edit Here Anyway</source>
        <translation>仍在此處編輯</translation>
    </message>
    <message>
        <source>“{name}” was changed on disk since you opened it.</source>
        <translation>「{name}」在您開啟後已在磁碟上被修改。</translation>
    </message>
    <message>
        <source>“{name}” no longer exists (it was moved, renamed or deleted).</source>
        <translation>「{name}」已不存在（可能已被移動、重新命名或刪除）。</translation>
    </message>
    <message>
        <source>Overwrite it with your version, or save your version under another name?</source>
        <translation>用您的版本覆寫它，還是將您的版本另存為其他名稱？</translation>
    </message>
    <message>
        <source>Save your version there again, or under another name?</source>
        <translation>將您的版本重新儲存到原處，還是另存為其他名稱？</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>覆寫</translation>
    </message>
    <message>
        <source>Save here</source>
        <translation>儲存到此處</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>另存新檔…</translation>
    </message>
    <message>
        <source>“{name}” was changed on disk by another program.</source>
        <translation>「{name}」已被另一個程式在磁碟上修改。</translation>
    </message>
    <message>
        <source>Reload it? Your unsaved changes here would be lost (or keep yours; saving will then ask before overwriting).</source>
        <translation>是否重新載入？此處未儲存的變更將會遺失（也可保留您的版本；儲存時會先詢問是否覆寫）。</translation>
    </message>
    <message>
        <source>Reload it to see the changes?</source>
        <translation>是否重新載入以檢視變更？</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新載入</translation>
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
        <translation>現況</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>未來狀態</translation>
    </message>
    <message>
        <source>Day in the life</source>
        <translation>一日生活</translation>
    </message>
    <message>
        <source>Service blueprint</source>
        <translation>服務藍圖</translation>
    </message>
    <message>
        <source>Doing</source>
        <translation>行為</translation>
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
        <translation>接觸點</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>痛點</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>機會點</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>構想</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Storyboard</source>
        <translation>故事板</translation>
    </message>
    <message>
        <source>Emotion curve</source>
        <translation>情緒曲線</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation>有形展示</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>顧客行為</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>後台</translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation>支援流程</translation>
    </message>
</context>
<context>
    <name>palette</name>
    <message>
        <source>Action</source>
        <translation>行為</translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>想法</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>痛點</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>機會點</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>接觸點</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>構想</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>Current state</source>
        <translation>現況</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>未來狀態</translation>
    </message>
    <message>
        <source>Day in the life</source>
        <translation>一日生活</translation>
    </message>
    <message>
        <source>Service blueprint</source>
        <translation>服務藍圖</translation>
    </message>
    <message>
        <source> (continued)</source>
        <translation>（續）</translation>
    </message>
    <message>
        <source>SERVICE BLUEPRINT</source>
        <translation>服務藍圖</translation>
    </message>
    <message>
        <source>CUSTOMER JOURNEY MAP</source>
        <translation>顧客旅程圖</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>專案</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>更新於</translation>
    </message>
    <message>
        <source>CONTENT</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>SCENARIO</source>
        <translation>情境</translation>
    </message>
    <message>
        <source>EXPECTATIONS</source>
        <translation>期望</translation>
    </message>
    <message>
        <source>PERSONA</source>
        <translation>人物誌</translation>
    </message>
    <message>
        <source>PERSONAS</source>
        <translation>人物誌</translation>
    </message>
    <message>
        <source>and {names}</source>
        <translation>以及 {names}</translation>
    </message>
    <message>
        <source>LEGEND</source>
        <translation>圖例</translation>
    </message>
    <message>
        <source>EVIDENCE</source>
        <translation>證據</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>已觀察</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>假設</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>提議</translation>
    </message>
    <message>
        <source>Fail point</source>
        <translation>失誤點</translation>
    </message>
    <message>
        <source>EMOTION CURVE</source>
        <translation>情緒曲線</translation>
    </message>
    <message>
        <source>METRICS</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>達標</translation>
    </message>
    <message>
        <source>Off target</source>
        <translation>未達標</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>無目標</translation>
    </message>
    <message>
        <source>To-be</source>
        <translation>未來</translation>
    </message>
    <message>
        <source>As-is</source>
        <translation>現況</translation>
    </message>
    <message>
        <source>target {target}</source>
        <translation>目標 {target}</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>橫向</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>直向</translation>
    </message>
    <message>
        <source>{page} {orientation} · page {number} of {total}</source>
        <translation>{page} {orientation} · 第 {number} 頁，共 {total} 頁</translation>
    </message>
    <message>
        <source>This map is empty</source>
        <translation>此旅程圖為空</translation>
    </message>
    <message>
        <source>Add stages and lanes in Journey Designer to fill the grid.</source>
        <translation>請在 Journey Designer 中新增階段和泳道來填滿網格。</translation>
    </message>
    <message>
        <source>row {row} / column {column}</source>
        <translation>第 {row} 列 / 第 {column} 欄</translation>
    </message>
    <message>
        <source>{title} · {rows} × {columns} pages</source>
        <translation>{title} · {rows} × {columns} 頁</translation>
    </message>
    <message>
        <source>row {row} / column {column} of {rows} × {columns}</source>
        <translation>第 {row} 列 / 第 {column} 欄，共 {rows} × {columns}</translation>
    </message>
    <message>
        <source>assembly guide</source>
        <translation>拼接說明</translation>
    </message>
    <message>
        <source>Stage {number} of {count}</source>
        <translation>第 {number} 個階段，共 {count} 個</translation>
    </message>
    <message>
        <source>{name} · stage {number} of {count}</source>
        <translation>{name} · 第 {number} 個階段，共 {count} 個</translation>
    </message>
    <message>
        <source>Scorecard: {title}</source>
        <translation>計分卡：{title}</translation>
    </message>
    <message>
        <source>SCORECARD (continued)</source>
        <translation>計分卡（續）</translation>
    </message>
    <message>
        <source>SCORECARD</source>
        <translation>計分卡</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>計分卡</translation>
    </message>
    <message>
        <source>Persona: {name}</source>
        <translation>人物誌：{name}</translation>
    </message>
    <message>
        <source>PERSONA (continued)</source>
        <translation>人物誌（續）</translation>
    </message>
    <message>
        <source>This project has no maps yet</source>
        <translation>此專案還沒有旅程圖</translation>
    </message>
    <message>
        <source>Create a map in Journey Designer, then export again.</source>
        <translation>請先在 Journey Designer 中建立旅程圖，然後再匯出。</translation>
    </message>
    <message>
        <source>{lane}: {low} ({low_number}) to {high} ({high_number})</source>
        <translation>{lane}：從 {low}（{low_number}）到 {high}（{high_number}）</translation>
    </message>
    <message>
        <source>{lane}: {low_number} to {high_number}</source>
        <translation>{lane}：{low_number} 到 {high_number}</translation>
    </message>
    <message>
        <source>; one point per step</source>
        <translation>；每個步驟一個點</translation>
    </message>
    <message>
        <source>HOW TO ASSEMBLE</source>
        <translation>拼接方法</translation>
    </message>
    <message>
        <source>This map prints on {count} pages, {rows} × {columns}. Each page repeats the lane and stage headers: trim them along the crop marks on every page right of or below another, then tape the pages edge to edge.</source>
        <translation>此旅程圖列印在 {count} 頁上，共 {rows} × {columns}。每頁都會重複泳道和階段標題：對位於其他頁右側或下方的每一頁，沿裁切標記剪去這些標題，再把各頁邊對邊黏貼起來。</translation>
    </message>
    <message>
        <source>page {number}</source>
        <translation>第 {number} 頁</translation>
    </message>
    <message>
        <source>GOALS</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>NEEDS</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>PAIN POINTS</source>
        <translation>痛點</translation>
    </message>
    <message>
        <source>Funnel: {metric}</source>
        <translation>漏斗：{metric}</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>情緒</translation>
    </message>
    <message>
        <source>friction</source>
        <translation>摩擦</translation>
    </message>
    <message>
        <source>Journey score: metrics on target</source>
        <translation>旅程得分：達標指標</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>總分</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>發現</translation>
    </message>
    <message>
        <source>Lowest emotion: {stage}</source>
        <translation>情緒最低：{stage}</translation>
    </message>
    <message>
        <source>Largest drop: {start} → {end} ({change})</source>
        <translation>最大下降：{start} → {end}（{change}）</translation>
    </message>
    <message>
        <source>No drop in emotion between stages</source>
        <translation>階段之間情緒沒有下降</translation>
    </message>
    <message>
        <source>Biggest funnel drop-off: after {stage}</source>
        <translation>漏斗最大流失：{stage} 之後</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>痛點</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>機會點</translation>
    </message>
    <message>
        <source>Fail points</source>
        <translation>失誤點</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>票數</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <source>Emotion (mean)</source>
        <translation>情緒（平均）</translation>
    </message>
    <message>
        <source>{name} ({variant})</source>
        <translation>{name}（{variant}）</translation>
    </message>
    <message>
        <source>Map curve</source>
        <translation>地圖曲線</translation>
    </message>
    <message>
        <source>to-be</source>
        <translation>未來</translation>
    </message>
    <message>
        <source>as-is</source>
        <translation>現況</translation>
    </message>
    <message>
        <source>{percent} % go on</source>
        <translation>{percent} % 進入下一階段</translation>
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
        <translation>未命名專案</translation>
    </message>
    <message>
        <source> (never saved)</source>
        <translation>（從未儲存）</translation>
    </message>
    <message>
        <source> (the file was changed after this snapshot)</source>
        <translation>（此快照之後檔案已被修改）</translation>
    </message>
</context>
<context>
    <name>save</name>
    <message>
        <source>is a folder; choose a file name</source>
        <translation>是資料夾；請選擇一個檔名</translation>
    </message>
    <message>
        <source>the current version could not be read to keep a backup ({reason})</source>
        <translation>無法讀取目前版本以保留備份（{reason}）</translation>
    </message>
    <message>
        <source>no backup could be kept in {name}: {reason}</source>
        <translation>無法在 {name} 中保留備份：{reason}</translation>
    </message>
    <message>
        <source>cannot be saved: the folder {folder} does not exist</source>
        <translation>無法儲存：資料夾 {folder} 不存在</translation>
    </message>
    <message>
        <source>not enough disk space to save; the previous version is untouched</source>
        <translation>磁碟空間不足，無法儲存；先前的版本維持不變</translation>
    </message>
    <message>
        <source>permission denied (the file or its folder is read-only); the previous version is untouched</source>
        <translation>沒有權限（檔案或其所在資料夾為唯讀）；先前的版本維持不變</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁碟為唯讀</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>檔名過長</translation>
    </message>
    <message>
        <source>could not be saved ({reason}); the previous version is untouched</source>
        <translation>無法儲存（{reason}）；先前的版本維持不變</translation>
    </message>
</context>
<context>
    <name>swatches</name>
    <message>
        <source>Yellow</source>
        <translation>黃色</translation>
    </message>
    <message>
        <source>Blue grey</source>
        <translation>藍灰色</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>粉紅色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>綠色</translation>
    </message>
    <message>
        <source>Sky blue</source>
        <translation>天藍色</translation>
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
        <translation>標籤最多 {limit} 個字元；「{start}…」有 {length} 個。</translation>
    </message>
    <message>
        <source>A card can have at most {limit} tags.</source>
        <translation>一張卡片最多可有 {limit} 個標籤。</translation>
    </message>
</context>
</TS>

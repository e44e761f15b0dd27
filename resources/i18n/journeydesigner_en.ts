<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CardPage</name>
    <message numerus="yes">
        <source>Add %n tags</source>
        <translation>
            <numerusform>Add %n tag</numerusform>
            <numerusform>Add %n tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message numerus="yes">
        <source>%n cards selected</source>
        <translation>
            <numerusform>%n card selected</numerusform>
            <numerusform>%n cards selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n lane</numerusform>
            <numerusform>%n lanes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change colour of %n cards</source>
        <translation>
            <numerusform>Change colour of %n card</numerusform>
            <numerusform>Change colour of %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use lane colour for %n cards</source>
        <translation>
            <numerusform>Use lane colour for %n card</numerusform>
            <numerusform>Use lane colour for %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n cards {evidence}</source>
        <translation>
            <numerusform>Mark %n card {evidence}</numerusform>
            <numerusform>Mark %n cards {evidence}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear evidence of %n cards</source>
        <translation>
            <numerusform>Clear evidence of %n card</numerusform>
            <numerusform>Clear evidence of %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n fail points</source>
        <translation>
            <numerusform>Mark %n fail point</numerusform>
            <numerusform>Mark %n fail points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n fail points</source>
        <translation>
            <numerusform>Clear %n fail point</numerusform>
            <numerusform>Clear %n fail points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message numerus="yes">
        <source>Reorder %n cards</source>
        <translation>
            <numerusform>Reorder %n card</numerusform>
            <numerusform>Reorder %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n cards</source>
        <translation>
            <numerusform>Move %n card</numerusform>
            <numerusform>Move %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n cards</source>
        <translation>
            <numerusform>Duplicate %n card</numerusform>
            <numerusform>Duplicate %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vote for %n cards</source>
        <translation>
            <numerusform>Vote for %n card</numerusform>
            <numerusform>Vote for %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove votes from %n cards</source>
        <translation>
            <numerusform>Remove votes from %n card</numerusform>
            <numerusform>Remove votes from %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n cards</source>
        <translation>
            <numerusform>Delete %n card</numerusform>
            <numerusform>Delete %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n connectors</source>
        <translation>
            <numerusform>Delete %n connector</numerusform>
            <numerusform>Delete %n connectors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>All %n maps, with a page per persona</source>
        <translation>
            <numerusform>All %n map, with a page per persona</numerusform>
            <numerusform>All %n maps, with a page per persona</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s): a guide page, then {columns} × {rows} tiles to tape together</source>
        <translation>
            <numerusform>%n page: a guide page, then {columns} × {rows} tiles to tape together</numerusform>
            <numerusform>%n pages: a guide page, then {columns} × {rows} tiles to tape together</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message numerus="yes">
        <source>%n metric(s) created</source>
        <translation>
            <numerusform>%n metric created</numerusform>
            <numerusform>%n metrics created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dated reading(s) added</source>
        <translation>
            <numerusform>%n dated reading added</numerusform>
            <numerusform>%n dated readings added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) matched no stage or could not be read:</source>
        <translation>
            <numerusform>%n row matched no stage or could not be read:</numerusform>
            <numerusform>%n rows matched no stage or could not be read:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanePage</name>
    <message numerus="yes">
        <source>%n levels, {low} to {high}: one label per line, lowest first, or none for numbers.</source>
        <translation>
            <numerusform>%n level, {low} to {high}: one label per line, lowest first, or none for numbers.</numerusform>
            <numerusform>%n levels, {low} to {high}: one label per line, lowest first, or none for numbers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Exported {name} (%n page(s))</source>
        <translation>
            <numerusform>Exported {name} (%n page)</numerusform>
            <numerusform>Exported {name} (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) were found.</source>
        <translation>
            <numerusform>%n problem was found.</numerusform>
            <numerusform>%n problems were found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cards</source>
        <translation>
            <numerusform>Paste %n card</numerusform>
            <numerusform>Paste %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message numerus="yes">
        <source>Add %n pictures</source>
        <translation>
            <numerusform>Add %n picture</numerusform>
            <numerusform>Add %n pictures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StructureActions</name>
    <message numerus="yes">
        <source>Delete this stage and the %n card(s) on it?
You can undo this with Edit → Undo.</source>
        <translation>
            <numerusform>Delete this stage and the %n card on it?
You can undo this with Edit → Undo.</numerusform>
            <numerusform>Delete this stage and the %n cards on it?
You can undo this with Edit → Undo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete this step and the %n card(s) on it?
You can undo this with Edit → Undo.</source>
        <translation>
            <numerusform>Delete this step and the %n card on it?
You can undo this with Edit → Undo.</numerusform>
            <numerusform>Delete this step and the %n cards on it?
You can undo this with Edit → Undo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete this lane and the %n card(s) on it?
You can undo this with Edit → Undo.</source>
        <translation>
            <numerusform>Delete this lane and the %n card on it?
You can undo this with Edit → Undo.</numerusform>
            <numerusform>Delete this lane and the %n cards on it?
You can undo this with Edit → Undo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VotesPanel</name>
    <message numerus="yes">
        <source>%n vote(s) on this map</source>
        <translation>
            <numerusform>%n vote on this map</numerusform>
            <numerusform>%n votes on this map</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>Give one label for each of the {levels} levels, or none; there are %n.</source>
        <translation>
            <numerusform>Give one label for each of the {levels} levels, or none; there is %n.</numerusform>
            <numerusform>Give one label for each of the {levels} levels, or none; there are %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) of this curve lie outside {low} to {high}; move them inside first.</source>
        <translation>
            <numerusform>%n point of this curve lies outside {low} to {high}; move it inside first.</numerusform>
            <numerusform>%n points of this curve lie outside {low} to {high}; move them inside first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n map(s)</source>
        <translation>
            <numerusform>%n map</numerusform>
            <numerusform>%n maps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>AddConnector</name>
    <message>
        <source>Add connector</source>
        <translation>Dodaj łącznik</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Autosave failed: {error}</source>
        <translation>Automatyczny zapis nie powiódł się: {error}</translation>
    </message>
</context>
<context>
    <name>CardPage</name>
    <message>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Card text</source>
        <translation>Tekst karty</translation>
    </message>
    <message>
        <source>What happens here?</source>
        <translation>Co się tu dzieje?</translation>
    </message>
    <message>
        <source>Ctrl+Enter or leaving the field saves; Esc puts the text back</source>
        <translation>Ctrl+Enter lub wyjście z pola zapisuje; Esc przywraca poprzedni tekst</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Card colour</source>
        <translation>Kolor karty</translation>
    </message>
    <message>
        <source>Lane colour</source>
        <translation>Kolor toru</translation>
    </message>
    <message>
        <source>No colour of its own: use the lane&apos;s colour</source>
        <translation>Bez własnego koloru: użyj koloru toru</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kolor</translation>
    </message>
    <message>
        <source>Card tags</source>
        <translation>Tagi karty</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>e.g. Web, Store</source>
        <translation>np. WWW, sklep</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Team or role</source>
        <translation>Zespół lub rola</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dowody</translation>
    </message>
    <message>
        <source>Fail point</source>
        <translation>Punkt awarii</translation>
    </message>
    <message>
        <source>Where the service can fail the customer</source>
        <translation>Miejsce, w którym usługa może zawieść klienta</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Naprawa</translation>
    </message>
    <message>
        <source>How the service recovers</source>
        <translation>Jak usługa naprawia błąd</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Głosy</translation>
    </message>
    <message>
        <source>Change card colour</source>
        <translation>Zmień kolor karty</translation>
    </message>
    <message>
        <source>Use lane colour</source>
        <translation>Użyj koloru toru</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Dodaj tag</translation>
    </message>
    <message numerus="yes">
        <source>Add %n tags</source>
        <translation>
            <numerusform>Dodaj %n tag</numerusform>
            <numerusform>Dodaj %n tagi</numerusform>
            <numerusform>Dodaj %n tagów</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Usuń tag</translation>
    </message>
    <message>
        <source>A channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Change channel</source>
        <translation>Zmień kanał</translation>
    </message>
    <message>
        <source>Clear channel</source>
        <translation>Usuń kanał</translation>
    </message>
    <message>
        <source>An owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>Zmień właściciela</translation>
    </message>
    <message>
        <source>Clear owner</source>
        <translation>Usuń właściciela</translation>
    </message>
    <message>
        <source>Mark card {evidence}</source>
        <translation>Oznacz kartę: {evidence}</translation>
    </message>
    <message>
        <source>Clear evidence</source>
        <translation>Usuń status dowodów</translation>
    </message>
    <message>
        <source>Mark fail point</source>
        <translation>Oznacz punkt awarii</translation>
    </message>
    <message>
        <source>Clear fail point</source>
        <translation>Usuń punkt awarii</translation>
    </message>
    <message>
        <source>Edit recovery</source>
        <translation>Edytuj naprawę</translation>
    </message>
    <message>
        <source>Change duration</source>
        <translation>Zmień czas trwania</translation>
    </message>
    <message>
        <source>Clear duration</source>
        <translation>Usuń czas trwania</translation>
    </message>
    <message>
        <source>Change votes</source>
        <translation>Zmień liczbę głosów</translation>
    </message>
</context>
<context>
    <name>CardsPage</name>
    <message>
        <source>Cards</source>
        <translation>Karty</translation>
    </message>
    <message>
        <source>Colour of the selected cards</source>
        <translation>Kolor zaznaczonych kart</translation>
    </message>
    <message>
        <source>Lane colour</source>
        <translation>Kolor toru</translation>
    </message>
    <message>
        <source>No colour of their own: use each lane&apos;s colour</source>
        <translation>Bez własnego koloru: użyj koloru każdego toru</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kolor</translation>
    </message>
    <message>
        <source>Evidence of the selected cards</source>
        <translation>Dowody zaznaczonych kart</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dowody</translation>
    </message>
    <message>
        <source>Fail points</source>
        <translation>Punkty awarii</translation>
    </message>
    <message>
        <source>Fail point, for all selected cards</source>
        <translation>Punkt awarii dla wszystkich zaznaczonych kart</translation>
    </message>
    <message numerus="yes">
        <source>%n cards selected</source>
        <translation>
            <numerusform>Zaznaczono %n kartę</numerusform>
            <numerusform>Zaznaczono %n karty</numerusform>
            <numerusform>Zaznaczono %n kart</numerusform>
        </translation>
    </message>
    <message>
        <source>in {lanes} · {stages}</source>
        <translation>w: {lanes} · {stages}</translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n tor</numerusform>
            <numerusform>%n tory</numerusform>
            <numerusform>%n torów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n etap</numerusform>
            <numerusform>%n etapy</numerusform>
            <numerusform>%n etapów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change colour of %n cards</source>
        <translation>
            <numerusform>Zmień kolor %n karty</numerusform>
            <numerusform>Zmień kolor %n kart</numerusform>
            <numerusform>Zmień kolor %n kart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use lane colour for %n cards</source>
        <translation>
            <numerusform>Użyj koloru toru dla %n karty</numerusform>
            <numerusform>Użyj koloru toru dla %n kart</numerusform>
            <numerusform>Użyj koloru toru dla %n kart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n cards {evidence}</source>
        <translation>
            <numerusform>Oznacz %n kartę: {evidence}</numerusform>
            <numerusform>Oznacz %n karty: {evidence}</numerusform>
            <numerusform>Oznacz %n kart: {evidence}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear evidence of %n cards</source>
        <translation>
            <numerusform>Usuń status dowodów z %n karty</numerusform>
            <numerusform>Usuń status dowodów z %n kart</numerusform>
            <numerusform>Usuń status dowodów z %n kart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n fail points</source>
        <translation>
            <numerusform>Oznacz %n punkt awarii</numerusform>
            <numerusform>Oznacz %n punkty awarii</numerusform>
            <numerusform>Oznacz %n punktów awarii</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n fail points</source>
        <translation>
            <numerusform>Usuń %n punkt awarii</numerusform>
            <numerusform>Usuń %n punkty awarii</numerusform>
            <numerusform>Usuń %n punktów awarii</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColourSwatches</name>
    <message>
        <source>Custom colour</source>
        <translation>Własny kolor</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <source>{name} amount</source>
        <translation>{name} – wartość</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nie ustawiono</translation>
    </message>
    <message>
        <source>How long this step takes; leave empty for none</source>
        <translation>Ile trwa ten krok; zostaw puste, jeśli nie dotyczy</translation>
    </message>
    <message>
        <source>{name} unit</source>
        <translation>{name} – jednostka</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Reorder card</source>
        <translation>Zmień kolejność karty</translation>
    </message>
    <message numerus="yes">
        <source>Reorder %n cards</source>
        <translation>
            <numerusform>Zmień kolejność %n karty</numerusform>
            <numerusform>Zmień kolejność %n kart</numerusform>
            <numerusform>Zmień kolejność %n kart</numerusform>
        </translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>Przenieś kartę</translation>
    </message>
    <message numerus="yes">
        <source>Move %n cards</source>
        <translation>
            <numerusform>Przenieś %n kartę</numerusform>
            <numerusform>Przenieś %n karty</numerusform>
            <numerusform>Przenieś %n kart</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit card text</source>
        <translation>Edytuj tekst karty</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Dodaj kartę</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n cards</source>
        <translation>
            <numerusform>Powiel %n kartę</numerusform>
            <numerusform>Powiel %n karty</numerusform>
            <numerusform>Powiel %n kart</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate card</source>
        <translation>Powiel kartę</translation>
    </message>
    <message>
        <source>Vote for card</source>
        <translation>Zagłosuj na kartę</translation>
    </message>
    <message numerus="yes">
        <source>Vote for %n cards</source>
        <translation>
            <numerusform>Zagłosuj na %n kartę</numerusform>
            <numerusform>Zagłosuj na %n karty</numerusform>
            <numerusform>Zagłosuj na %n kart</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove vote</source>
        <translation>Usuń głos</translation>
    </message>
    <message numerus="yes">
        <source>Remove votes from %n cards</source>
        <translation>
            <numerusform>Usuń głosy z %n karty</numerusform>
            <numerusform>Usuń głosy z %n kart</numerusform>
            <numerusform>Usuń głosy z %n kart</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear votes</source>
        <translation>Wyczyść głosy</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>Usuń kartę</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n cards</source>
        <translation>
            <numerusform>Usuń %n kartę</numerusform>
            <numerusform>Usuń %n karty</numerusform>
            <numerusform>Usuń %n kart</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete connector</source>
        <translation>Usuń łącznik</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n connectors</source>
        <translation>
            <numerusform>Usuń %n łącznik</numerusform>
            <numerusform>Usuń %n łączniki</numerusform>
            <numerusform>Usuń %n łączników</numerusform>
        </translation>
    </message>
    <message>
        <source>Relabel connector</source>
        <translation>Zmień etykietę łącznika</translation>
    </message>
    <message>
        <source>Reverse connector</source>
        <translation>Odwróć łącznik</translation>
    </message>
    <message>
        <source>Make connector two-way</source>
        <translation>Ustaw łącznik jako dwukierunkowy</translation>
    </message>
    <message>
        <source>Make connector one-way</source>
        <translation>Ustaw łącznik jako jednokierunkowy</translation>
    </message>
    <message>
        <source>Change emotion</source>
        <translation>Zmień emocję</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Zmień nazwę etapu</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Zmień nazwę toru</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Dodaj etap</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Usuń etap</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Dodaj krok</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Usuń krok</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Przenieś krok</translation>
    </message>
    <message>
        <source>Merge steps</source>
        <translation>Scal kroki</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>Zmień nazwę kroku</translation>
    </message>
    <message>
        <source>Resize step</source>
        <translation>Zmień szerokość kroku</translation>
    </message>
    <message>
        <source>Resize lane</source>
        <translation>Zmień wysokość toru</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Dodaj tor</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>Usuń tor</translation>
    </message>
    <message>
        <source>Add map</source>
        <translation>Dodaj mapę</translation>
    </message>
    <message>
        <source>Duplicate map</source>
        <translation>Powiel mapę</translation>
    </message>
    <message>
        <source>Delete map</source>
        <translation>Usuń mapę</translation>
    </message>
    <message>
        <source>Rename map</source>
        <translation>Zmień nazwę mapy</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Dodaj personę</translation>
    </message>
    <message>
        <source>Link persona</source>
        <translation>Pokaż personę na mapie</translation>
    </message>
    <message>
        <source>Unlink persona</source>
        <translation>Ukryj personę na mapie</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Usuń personę</translation>
    </message>
    <message>
        <source>Rename line</source>
        <translation>Zmień nazwę linii</translation>
    </message>
    <message>
        <source>Hide curve</source>
        <translation>Ukryj krzywą</translation>
    </message>
    <message>
        <source>Show curve</source>
        <translation>Pokaż krzywą</translation>
    </message>
    <message>
        <source>Link maps</source>
        <translation>Połącz mapy</translation>
    </message>
    <message>
        <source>Unlink maps</source>
        <translation>Rozłącz mapy</translation>
    </message>
    <message>
        <source>Import metrics</source>
        <translation>Import wskaźników</translation>
    </message>
    <message>
        <source>Add metric</source>
        <translation>Dodaj wskaźnik</translation>
    </message>
    <message>
        <source>Delete metric</source>
        <translation>Usuń wskaźnik</translation>
    </message>
    <message>
        <source>Edit readings</source>
        <translation>Edycja odczytów</translation>
    </message>
    <message>
        <source>Set funnel metric</source>
        <translation>Ustaw wskaźnik lejka</translation>
    </message>
    <message>
        <source>Clear funnel metric</source>
        <translation>Usuń wskaźnik lejka</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Eksport do PDF</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Rozmiar strony</translation>
    </message>
    <message>
        <source>e.g. 900x600mm</source>
        <translation>np. 900x600mm</translation>
    </message>
    <message>
        <source>Custom page size</source>
        <translation>Własny rozmiar strony</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Pozioma</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Pionowa</translation>
    </message>
    <message>
        <source>This map: {title}</source>
        <translation>Ta mapa: {title}</translation>
    </message>
    <message numerus="yes">
        <source>All %n maps, with a page per persona</source>
        <translation>
            <numerusform>Wszystkie mapy (%n), ze stroną dla każdej persony</numerusform>
            <numerusform>Wszystkie %n mapy, ze stroną dla każdej persony</numerusform>
            <numerusform>Wszystkie %n map, ze stroną dla każdej persony</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole project, with a page per persona</source>
        <translation>Cały projekt, ze stroną dla każdej persony</translation>
    </message>
    <message>
        <source>Open the PDF when it is ready</source>
        <translation>Otwórz plik PDF, gdy będzie gotowy</translation>
    </message>
    <message>
        <source>A scorecard page after each map with metrics or an emotion curve</source>
        <translation>Strona karty wyników po każdej mapie ze wskaźnikami lub krzywą emocji</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientacja</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Układ</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Mapy</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Strony</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n strona</numerusform>
            <numerusform>%n strony</numerusform>
            <numerusform>%n stron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s): a guide page, then {columns} × {rows} tiles to tape together</source>
        <translation>
            <numerusform>%n strona: strona z instrukcją, potem {columns} × {rows} fragmentów do sklejenia</numerusform>
            <numerusform>%n strony: strona z instrukcją, potem {columns} × {rows} fragmentów do sklejenia</numerusform>
            <numerusform>%n stron: strona z instrukcją, potem {columns} × {rows} fragmentów do sklejenia</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find cards, tags, channels, owners…</source>
        <translation>Szukaj kart, tagów, kanałów, właścicieli…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Znajdź</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Poprzedni</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Następny</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>No cards found</source>
        <translation>Nie znaleziono kart</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} z {total}</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>Metrics imported</source>
        <translation>Zaimportowano wskaźniki</translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s) created</source>
        <translation>
            <numerusform>utworzono %n wskaźnik</numerusform>
            <numerusform>utworzono %n wskaźniki</numerusform>
            <numerusform>utworzono %n wskaźników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>zaktualizowano %n</numerusform>
            <numerusform>zaktualizowano %n</numerusform>
            <numerusform>zaktualizowano %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dated reading(s) added</source>
        <translation>
            <numerusform>dodano %n odczyt z datą</numerusform>
            <numerusform>dodano %n odczyty z datami</numerusform>
            <numerusform>dodano %n odczytów z datami</numerusform>
        </translation>
    </message>
    <message>
        <source>{source}: {created}, {updated}, {readings}.</source>
        <translation>{source}: {created}, {updated}, {readings}.</translation>
    </message>
    <message>
        <source>A metrics lane was added to the map.</source>
        <translation>Do mapy dodano pas wskaźników.</translation>
    </message>
    <message>
        <source>{source}: nothing was imported.</source>
        <translation>{source}: nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Not imported because</source>
        <translation>Nie zaimportowano, ponieważ</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) matched no stage or could not be read:</source>
        <translation>
            <numerusform>%n wiersz nie pasuje do żadnego etapu lub jest nieczytelny:</numerusform>
            <numerusform>%n wiersze nie pasują do żadnego etapu lub są nieczytelne:</numerusform>
            <numerusform>%n wierszy nie pasuje do żadnego etapu lub jest nieczytelnych:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
</context>
<context>
    <name>LanePage</name>
    <message>
        <source>Lane</source>
        <translation>Tor</translation>
    </message>
    <message>
        <source>Lane title</source>
        <translation>Tytuł toru</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Lane kind</source>
        <translation>Rodzaj toru</translation>
    </message>
    <message>
        <source>The kind is chosen when the lane is added</source>
        <translation>Rodzaj wybiera się przy dodawaniu toru</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Lane description</source>
        <translation>Opis toru</translation>
    </message>
    <message>
        <source>Shown in grey under the title</source>
        <translation>Wyświetlany na szaro pod tytułem</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Lane colour</source>
        <translation>Kolor toru</translation>
    </message>
    <message>
        <source>Kind colour</source>
        <translation>Kolor rodzaju</translation>
    </message>
    <message>
        <source>No colour of its own: use the colour of the lane kind</source>
        <translation>Bez własnego koloru: użyj koloru rodzaju toru</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kolor</translation>
    </message>
    <message>
        <source>Lowest level</source>
        <translation>Najniższy poziom</translation>
    </message>
    <message>
        <source>Highest level</source>
        <translation>Najwyższy poziom</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Najniższy</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Najwyższy</translation>
    </message>
    <message>
        <source>Emotion scale</source>
        <translation>Skala emocji</translation>
    </message>
    <message>
        <source>Level labels</source>
        <translation>Etykiety poziomów</translation>
    </message>
    <message>
        <source>Apply scale</source>
        <translation>Zastosuj skalę</translation>
    </message>
    <message>
        <source>Lane {number} of {count}</source>
        <translation>Tor {number} z {count}</translation>
    </message>
    <message>
        <source>A lane needs a name.</source>
        <translation>Tor musi mieć nazwę.</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Zmień nazwę toru</translation>
    </message>
    <message>
        <source>Edit lane description</source>
        <translation>Edytuj opis toru</translation>
    </message>
    <message>
        <source>Change lane colour</source>
        <translation>Zmień kolor toru</translation>
    </message>
    <message>
        <source>Use kind colour for lane</source>
        <translation>Użyj koloru rodzaju dla toru</translation>
    </message>
    <message>
        <source>Choose a lowest level below the highest.</source>
        <translation>Wybierz najniższy poziom mniejszy od najwyższego.</translation>
    </message>
    <message numerus="yes">
        <source>%n levels, {low} to {high}: one label per line, lowest first, or none for numbers.</source>
        <translation>
            <numerusform>%n poziom, od {low} do {high}: jedna etykieta w wierszu, od najniższego, albo żadnej, by pokazać liczby.</numerusform>
            <numerusform>%n poziomy, od {low} do {high}: jedna etykieta w wierszu, od najniższego, albo żadnej, by pokazać liczby.</numerusform>
            <numerusform>%n poziomów, od {low} do {high}: jedna etykieta w wierszu, od najniższego, albo żadnej, by pokazać liczby.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change emotion scale</source>
        <translation>Zmień skalę emocji</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Journey Designer projects (*.journey);;All files (*)</source>
        <translation>Projekty Journey Designer (*.journey);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Projekt bez nazwy</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Mapy</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Paleta</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Persony</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Karta wyników</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;New from Template…</source>
        <translation>&amp;Nowy z szablonu…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Otwórz…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Zapisz j&amp;ako…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Eksportuj do PDF…</translation>
    </message>
    <message>
        <source>Import &amp;Mermaid Journey…</source>
        <translation>Importuj ścieżkę &amp;Mermaid…</translation>
    </message>
    <message>
        <source>Export Mermaid Journey…</source>
        <translation>Eksportuj ścieżkę Mermaid…</translation>
    </message>
    <message>
        <source>Copy as &amp;Mermaid</source>
        <translation>Kopiuj jako &amp;Mermaid</translation>
    </message>
    <message>
        <source>Import Metrics &amp;CSV…</source>
        <translation>Importuj wskaźniki z &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;Image (PNG, SVG)…</source>
        <translation>Eksportuj &amp;obraz (PNG, SVG)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Za&amp;mknij</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Otwórz &amp;ostatnie</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Wy&amp;tnij</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Wklej</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>P&amp;owiel</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Zaznacz &amp;wszystko</translation>
    </message>
    <message>
        <source>&amp;Edit Card Text</source>
        <translation>&amp;Edytuj tekst karty</translation>
    </message>
    <message>
        <source>&amp;New Card in Cell</source>
        <translation>&amp;Nowa karta w komórce</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Znajdź…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Znajdź &amp;następny</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Wstaw</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Etap</translation>
    </message>
    <message>
        <source>S&amp;tep in Stage</source>
        <translation>&amp;Krok w etapie</translation>
    </message>
    <message>
        <source>Text &amp;Lane</source>
        <translation>&amp;Tor tekstowy</translation>
    </message>
    <message>
        <source>Lane of &amp;Kind</source>
        <translation>Tor &amp;rodzaju</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Mapa</translation>
    </message>
    <message>
        <source>&amp;New Map from Template…</source>
        <translation>&amp;Nowa mapa z szablonu…</translation>
    </message>
    <message>
        <source>&amp;Rename Map…</source>
        <translation>&amp;Zmień nazwę mapy…</translation>
    </message>
    <message>
        <source>&amp;Duplicate Map</source>
        <translation>&amp;Powiel mapę</translation>
    </message>
    <message>
        <source>De&amp;lete Map</source>
        <translation>&amp;Usuń mapę</translation>
    </message>
    <message>
        <source>&amp;Link to Map…</source>
        <translation>Po&amp;łącz z mapą…</translation>
    </message>
    <message>
        <source>&amp;Go to Linked Map</source>
        <translation>&amp;Przejdź do połączonej mapy</translation>
    </message>
    <message>
        <source>Rename &amp;Stage</source>
        <translation>Zmień nazwę &amp;etapu</translation>
    </message>
    <message>
        <source>Rename S&amp;tep</source>
        <translation>Zmień nazwę &amp;kroku</translation>
    </message>
    <message>
        <source>Rename &amp;Lane</source>
        <translation>Zmień nazwę &amp;toru</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>Usuń etap</translation>
    </message>
    <message>
        <source>Delete Step</source>
        <translation>Usuń krok</translation>
    </message>
    <message>
        <source>Delete Lane</source>
        <translation>Usuń tor</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Po&amp;większ</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Po&amp;mniejsz</translation>
    </message>
    <message>
        <source>&amp;Fit Map</source>
        <translation>&amp;Dopasuj mapę</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>&amp;Rzeczywisty rozmiar (100 %)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;O programie {app}</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Główny</translation>
    </message>
    <message>
        <source>Click a cell or a card first.</source>
        <translation>Najpierw kliknij komórkę lub kartę.</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Otwieranie {name}…</translation>
    </message>
    <message>
        <source>The project could not be opened</source>
        <translation>Nie udało się otworzyć projektu</translation>
    </message>
    <message>
        <source>The sample project could not be opened</source>
        <translation>Nie udało się otworzyć przykładowego projektu</translation>
    </message>
    <message>
        <source>This is the sample project: explore it freely, Save asks where to keep your copy.</source>
        <translation>To przykładowy projekt: śmiało go przeglądaj, a Zapisz zapyta, gdzie zachować Twoją kopię.</translation>
    </message>
    <message>
        <source>The unsaved work could not be restored</source>
        <translation>Nie udało się przywrócić niezapisanej pracy</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Otwórz projekt</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Zapisz projekt jako</translation>
    </message>
    <message>
        <source>“{name}” is open in another {app}; choose another file name.</source>
        <translation>„{name}” jest otwarty w innym oknie {app}; wybierz inną nazwę pliku.</translation>
    </message>
    <message>
        <source>The project could not be saved</source>
        <translation>Nie udało się zapisać projektu</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>Zapisano {name}</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Eksport do PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>Eksport obrazu</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Obraz PNG (*.png);;Rysunek SVG (*.svg)</translation>
    </message>
    <message>
        <source>Resolution (dots per inch):</source>
        <translation>Rozdzielczość (punkty na cal):</translation>
    </message>
    <message>
        <source>The image was not written</source>
        <translation>Nie zapisano obrazu</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>Wyeksportowano {name}</translation>
    </message>
    <message>
        <source>The PDF was not written: {error}.</source>
        <translation>Nie zapisano pliku PDF: {error}.</translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <translation>Eksportowanie {name}…</translation>
    </message>
    <message>
        <source>The PDF was not written</source>
        <translation>Nie zapisano pliku PDF</translation>
    </message>
    <message numerus="yes">
        <source>Exported {name} (%n page(s))</source>
        <translation>
            <numerusform>Wyeksportowano {name} (%n strona)</numerusform>
            <numerusform>Wyeksportowano {name} (%n strony)</numerusform>
            <numerusform>Wyeksportowano {name} (%n stron)</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} was written, but some characters have no glyph in the bundled fonts.</source>
        <translation>Zapisano {name}, ale dla niektórych znaków brak glifów w dołączonych czcionkach.</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing?

Your changes will be lost if you don’t save them.</source>
        <translation>Zapisać zmiany w „{name}” przed zamknięciem?

Jeśli ich nie zapiszesz, zostaną utracone.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) were found.</source>
        <translation>
            <numerusform>Znaleziono %n problem.</numerusform>
            <numerusform>Znaleziono %n problemy.</numerusform>
            <numerusform>Znaleziono %n problemów.</numerusform>
        </translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>schowek</translation>
    </message>
    <message>
        <source>Select a card or a cell to paste into.</source>
        <translation>Zaznacz kartę lub komórkę, do której chcesz wkleić.</translation>
    </message>
    <message>
        <source>Paste card</source>
        <translation>Wklej kartę</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cards</source>
        <translation>
            <numerusform>Wklej %n kartę</numerusform>
            <numerusform>Wklej %n karty</numerusform>
            <numerusform>Wklej %n kart</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete selection</source>
        <translation>Usuń zaznaczenie</translation>
    </message>
    <message>
        <source>{name} (read-only)</source>
        <translation>{name} (tylko do odczytu)</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n karta</numerusform>
            <numerusform>%n karty</numerusform>
            <numerusform>%n kart</numerusform>
        </translation>
    </message>
    <message>
        <source>linked with “{title}”</source>
        <translation>połączona z „{title}”</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>zaznaczono %n</numerusform>
            <numerusform>zaznaczono %n</numerusform>
            <numerusform>zaznaczono %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Some pictures could not be added.</source>
        <translation>Nie udało się dodać niektórych obrazów.</translation>
    </message>
    <message>
        <source>The picture could not be added.</source>
        <translation>Nie udało się dodać obrazu.</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <source>The stage “{name}” needs at least one step.</source>
        <translation>Etap „{name}” musi mieć co najmniej jeden krok.</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Dodaj kartę</translation>
    </message>
    <message>
        <source>Drop pictures on a cell of a card lane (for example a storyboard lane).</source>
        <translation>Upuść obrazy na komórkę toru z kartami (na przykład toru scenorysu).</translation>
    </message>
    <message>
        <source>Add picture</source>
        <translation>Dodaj obraz</translation>
    </message>
    <message numerus="yes">
        <source>Add %n pictures</source>
        <translation>
            <numerusform>Dodaj %n obraz</numerusform>
            <numerusform>Dodaj %n obrazy</numerusform>
            <numerusform>Dodaj %n obrazów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MermaidActions</name>
    <message>
        <source>Mermaid journey (*.mmd *.mermaid *.md *.txt);;All files (*)</source>
        <translation>Ścieżka Mermaid (*.mmd *.mermaid *.md *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Import Mermaid journey</source>
        <translation>Import ścieżki Mermaid</translation>
    </message>
    <message>
        <source>The diagram could not be imported</source>
        <translation>Nie udało się zaimportować diagramu</translation>
    </message>
    <message>
        <source>Export Mermaid journey</source>
        <translation>Eksport ścieżki Mermaid</translation>
    </message>
    <message>
        <source>The diagram was not written</source>
        <translation>Nie zapisano diagramu</translation>
    </message>
    <message>
        <source>{name} was written</source>
        <translation>Zapisano {name}</translation>
    </message>
    <message>
        <source>The Mermaid diagram is on the clipboard</source>
        <translation>Diagram Mermaid jest w schowku</translation>
    </message>
    <message>
        <source>{done}; Mermaid cannot hold everything the map has.</source>
        <translation>{done}; Mermaid nie pomieści wszystkiego, co zawiera mapa.</translation>
    </message>
</context>
<context>
    <name>MessageLabel</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>MetricPage</name>
    <message>
        <source>Type a number, such as 1250 or 2.5.</source>
        <translation>Wpisz liczbę, np. 1250 lub 2,5.</translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>Liczba jest za duża.</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>Cel osiągnięty</translation>
    </message>
    <message>
        <source>Off target</source>
        <translation>Cel nieosiągnięty</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Brak celu</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>Metric name</source>
        <translation>Nazwa wskaźnika</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>e.g. 1250 or 2.5</source>
        <translation>np. 1250 lub 2,5</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>e.g. %, zł, visits</source>
        <translation>np. %, zł, wizyty</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Więcej znaczy lepiej</translation>
    </message>
    <message>
        <source>Off: the metric is on target at or below the target</source>
        <translation>Wyłączone: cel jest osiągnięty, gdy wartość jest równa celowi lub niższa</translation>
    </message>
    <message>
        <source>Dated readings</source>
        <translation>Odczyty z datami</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Data (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Odczyty</translation>
    </message>
    <message>
        <source>Add reading</source>
        <translation>Dodaj odczyt</translation>
    </message>
    <message>
        <source>Remove reading</source>
        <translation>Usuń odczyt</translation>
    </message>
    <message>
        <source>Funnel metric of this map</source>
        <translation>Wskaźnik lejka tej mapy</translation>
    </message>
    <message>
        <source>The scorecard&apos;s funnel shows this metric at every stage that has it</source>
        <translation>Lejek na karcie wyników pokazuje ten wskaźnik na każdym etapie, który go ma</translation>
    </message>
    <message>
        <source>Delete metric</source>
        <translation>Usuń wskaźnik</translation>
    </message>
    <message>
        <source>The latest reading&apos;s value; edit the readings below to change it.</source>
        <translation>Wartość najnowszego odczytu; aby ją zmienić, edytuj odczyty poniżej.</translation>
    </message>
    <message>
        <source>A metric needs a name.</source>
        <translation>Wskaźnik musi mieć nazwę.</translation>
    </message>
    <message>
        <source>Rename metric</source>
        <translation>Zmiana nazwy wskaźnika</translation>
    </message>
    <message>
        <source>Edit metric value</source>
        <translation>Edycja wartości wskaźnika</translation>
    </message>
    <message>
        <source>Edit metric target</source>
        <translation>Edycja celu wskaźnika</translation>
    </message>
    <message>
        <source>A unit can be at most 20 characters.</source>
        <translation>Jednostka może mieć najwyżej 20 znaków.</translation>
    </message>
    <message>
        <source>Edit metric unit</source>
        <translation>Edycja jednostki wskaźnika</translation>
    </message>
    <message>
        <source>Change metric direction</source>
        <translation>Zmiana kierunku wskaźnika</translation>
    </message>
    <message>
        <source>Row {row}: write the date as YYYY-MM-DD, e.g. 2026-10-01.</source>
        <translation>Wiersz {row}: wpisz datę jako RRRR-MM-DD, np. 2026-10-01.</translation>
    </message>
    <message>
        <source>Row {row}: type a value.</source>
        <translation>Wiersz {row}: wpisz wartość.</translation>
    </message>
    <message>
        <source>Two readings have the same date.</source>
        <translation>Dwa odczyty mają tę samą datę.</translation>
    </message>
    <message>
        <source>There is already a reading for today.</source>
        <translation>Odczyt z dzisiejszą datą już istnieje.</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <source>Metrics of this stage</source>
        <translation>Wskaźniki tego etapu</translation>
    </message>
    <message>
        <source>Add metric</source>
        <translation>Dodaj wskaźnik</translation>
    </message>
    <message>
        <source>New metric</source>
        <translation>Nowy wskaźnik</translation>
    </message>
</context>
<context>
    <name>MetricsActions</name>
    <message>
        <source>Open a map first.</source>
        <translation>Najpierw otwórz mapę.</translation>
    </message>
    <message>
        <source>Import metrics CSV</source>
        <translation>Import wskaźników z CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Pliki CSV (*.csv *.tsv *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>The metrics could not be imported</source>
        <translation>Nie udało się zaimportować wskaźników</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Wskaźniki</translation>
    </message>
</context>
<context>
    <name>MoveLane</name>
    <message>
        <source>Move lane</source>
        <translation>Przenieś tor</translation>
    </message>
</context>
<context>
    <name>MoveStage</name>
    <message>
        <source>Move stage</source>
        <translation>Przenieś etap</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>CARDS — drag into a cell</source>
        <translation>KARTY — przeciągnij do komórki</translation>
    </message>
    <message>
        <source>LANES — drag between lanes</source>
        <translation>TORY — przeciągnij między tory</translation>
    </message>
    <message>
        <source>Card types</source>
        <translation>Rodzaje kart</translation>
    </message>
    <message>
        <source>Drag onto a cell to add a card of this kind: {name}</source>
        <translation>Przeciągnij na komórkę, aby dodać kartę tego rodzaju: {name}</translation>
    </message>
    <message>
        <source>Lane types</source>
        <translation>Rodzaje torów</translation>
    </message>
    <message>
        <source>Drag between two lanes to insert this lane there</source>
        <translation>Przeciągnij między dwa tory, aby wstawić tam ten tor</translation>
    </message>
</context>
<context>
    <name>PersonaPanel</name>
    <message>
        <source>Personas</source>
        <translation>Persony</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Dodaj personę</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>Zdjęcie…</translation>
    </message>
    <message>
        <source>Choose a PNG or JPEG, or drop one on this panel</source>
        <translation>Wybierz plik PNG lub JPEG albo upuść go na ten panel</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Bez zdjęcia</translation>
    </message>
    <message>
        <source>Remove persona photo</source>
        <translation>Usuń zdjęcie persony</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Cele</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Potrzeby</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Problemy</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Oczekiwania</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cytat</translation>
    </message>
    <message>
        <source>Show on this map</source>
        <translation>Pokaż na tej mapie</translation>
    </message>
    <message>
        <source>The map&apos;s header and exports show the personas linked to it</source>
        <translation>Nagłówek mapy i eksporty pokazują połączone z nią persony</translation>
    </message>
    <message>
        <source>A persona needs a name.</source>
        <translation>Persona musi mieć nazwę.</translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation>Edytuj personę</translation>
    </message>
    <message>
        <source>Persona {number}</source>
        <translation>Persona {number}</translation>
    </message>
    <message>
        <source>Delete the persona “{name}” and its emotion curves on every map?
You can undo this with Edit → Undo.</source>
        <translation>Usunąć personę „{name}” i jej krzywe emocji na wszystkich mapach?
Możesz to cofnąć: Edycja → Cofnij.</translation>
    </message>
    <message>
        <source>Persona photo</source>
        <translation>Zdjęcie persony</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Change persona photo</source>
        <translation>Zmień zdjęcie persony</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>Systemowy ({language})</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Before a save replaces a file, its previous version is kept next to it as NAME.journey.bak; older ones as .bak.2, .bak.3, …</source>
        <translation>Zanim zapis zastąpi plik, jego poprzednia wersja zostaje obok jako NAZWA.journey.bak; starsze jako .bak.2, .bak.3, …</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>&amp;Previous versions kept:</source>
        <translation>Zachowywane &amp;poprzednie wersje:</translation>
    </message>
    <message>
        <source>A new language applies when Journey Designer starts again.</source>
        <translation>Nowy język zacznie obowiązywać po ponownym uruchomieniu Journey Designer.</translation>
    </message>
</context>
<context>
    <name>PresentationView</name>
    <message>
        <source>Stage {number} of {count}: {name}</source>
        <translation>Etap {number} z {count}: {name}</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Cała mapa</translation>
    </message>
    <message>
        <source>← →  Stage     O  Overview     B  Black out     T  Timer     Esc  Exit</source>
        <translation>← →  Etap     O  Przegląd     B  Wygaszenie     T  Minutnik     Esc  Wyjście</translation>
    </message>
    <message>
        <source>↑ ↓  Scroll</source>
        <translation>↑ ↓  Przewijanie</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Journey Designer — presentation</source>
        <translation>Journey Designer — prezentacja</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBar</name>
    <message>
        <source>Save As…</source>
        <translation>Zapisz jako…</translation>
    </message>
    <message>
        <source>“{name}” is open in another Journey Designer, so it is read-only here. You can still edit; Save As… keeps your changes in another file.</source>
        <translation>„{name}” jest otwarty w innym Journey Designer, więc tutaj jest tylko do odczytu. Nadal możesz edytować; Zapisz jako… zachowa zmiany w innym pliku.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>{app} — recover unsaved work</source>
        <translation>{app} — odzyskaj niezapisaną pracę</translation>
    </message>
    <message>
        <source>{app} was closed without saving these changes. Restore one to continue where you left off.</source>
        <translation>{app} został zamknięty bez zapisania tych zmian. Przywróć jedną z nich, aby kontynuować od miejsca, w którym skończyłeś.</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>nigdy nie zapisano</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Później</translation>
    </message>
</context>
<context>
    <name>ScorecardPanel</name>
    <message>
        <source>to-be</source>
        <translation>cel</translation>
    </message>
    <message>
        <source>as-is</source>
        <translation>teraz</translation>
    </message>
    <message>
        <source>{percent} % go on</source>
        <translation>{percent} % przechodzi dalej</translation>
    </message>
    <message>
        <source>biggest drop-off:</source>
        <translation>największy odpływ:</translation>
    </message>
    <message>
        <source>Funnel metric</source>
        <translation>Wskaźnik lejka</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportuj CSV…</translation>
    </message>
    <message>
        <source>Open a map to see its scorecard.</source>
        <translation>Otwórz mapę, aby zobaczyć jej kartę wyników.</translation>
    </message>
    <message>
        <source>Journey score</source>
        <translation>Wynik ścieżki</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <source>{score} % of metrics on target</source>
        <translation>{score} % wskaźników osiąga cel</translation>
    </message>
    <message>
        <source>Overall score: {score} / 100</source>
        <translation>Wynik ogólny: {score} / 100</translation>
    </message>
    <message>
        <source>Lowest emotion: {stage}</source>
        <translation>Najniższe emocje: {stage}</translation>
    </message>
    <message>
        <source>Largest drop: {start} → {end} ({change})</source>
        <translation>Największy spadek: {start} → {end} ({change})</translation>
    </message>
    <message>
        <source>The average emotion never falls from one stage to the next.</source>
        <translation>Średnie emocje nie spadają między kolejnymi etapami.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emocje</translation>
    </message>
    <message>
        <source>Map curve</source>
        <translation>Krzywa mapy</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Problemy</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Szanse</translation>
    </message>
    <message>
        <source>Fail points</source>
        <translation>Punkty awarii</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Głosy</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>Cel osiągnięty</translation>
    </message>
    <message>
        <source>Off target</source>
        <translation>Cel nieosiągnięty</translation>
    </message>
    <message>
        <source>The stage with the lowest emotion</source>
        <translation>Etap z najniższymi emocjami</translation>
    </message>
    <message>
        <source>No funnel</source>
        <translation>Bez lejka</translation>
    </message>
    <message>
        <source>Export scorecard</source>
        <translation>Eksport karty wyników</translation>
    </message>
    <message>
        <source>{title} scorecard.csv</source>
        <translation>{title} karta wyników.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>The scorecard was not written</source>
        <translation>Nie zapisano karty wyników</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation>Nazwa etapu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Stage description</source>
        <translation>Opis etapu</translation>
    </message>
    <message>
        <source>A one-line summary shown under the name</source>
        <translation>Jednowierszowe podsumowanie wyświetlane pod nazwą</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Moment prawdy</translation>
    </message>
    <message>
        <source>A stage that decides whether the customer stays or leaves</source>
        <translation>Etap, który decyduje, czy klient zostanie, czy odejdzie</translation>
    </message>
    <message>
        <source>A stage that decides whether the customer stays or leaves.</source>
        <translation>Etap, który decyduje, czy klient zostanie, czy odejdzie.</translation>
    </message>
    <message>
        <source>Stage {number} of {count} · {steps}</source>
        <translation>Etap {number} z {count} · {steps}</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n krok</numerusform>
            <numerusform>%n kroki</numerusform>
            <numerusform>%n kroków</numerusform>
        </translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>Etap musi mieć nazwę.</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Zmień nazwę etapu</translation>
    </message>
    <message>
        <source>Edit stage description</source>
        <translation>Edytuj opis etapu</translation>
    </message>
    <message>
        <source>Mark moment of truth</source>
        <translation>Oznacz moment prawdy</translation>
    </message>
    <message>
        <source>Clear moment of truth</source>
        <translation>Usuń moment prawdy</translation>
    </message>
</context>
<context>
    <name>StructureActions</name>
    <message>
        <source>A name cannot be empty; it was kept.</source>
        <translation>Nazwa nie może być pusta; zachowano poprzednią.</translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation>Zmień nazwę etapu</translation>
    </message>
    <message>
        <source>Add Stage Before</source>
        <translation>Dodaj etap przed</translation>
    </message>
    <message>
        <source>Add Stage After</source>
        <translation>Dodaj etap po</translation>
    </message>
    <message>
        <source>Split Into Steps</source>
        <translation>Podziel na kroki</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>Usuń etap</translation>
    </message>
    <message>
        <source>Rename Step</source>
        <translation>Zmień nazwę kroku</translation>
    </message>
    <message>
        <source>Add Step After</source>
        <translation>Dodaj krok po</translation>
    </message>
    <message>
        <source>Merge Into Previous Step</source>
        <translation>Scal z poprzednim krokiem</translation>
    </message>
    <message>
        <source>Delete Step</source>
        <translation>Usuń krok</translation>
    </message>
    <message>
        <source>Rename Lane</source>
        <translation>Zmień nazwę toru</translation>
    </message>
    <message>
        <source>Add Lane Above</source>
        <translation>Dodaj tor powyżej</translation>
    </message>
    <message>
        <source>Add Lane Below</source>
        <translation>Dodaj tor poniżej</translation>
    </message>
    <message>
        <source>Delete Lane</source>
        <translation>Usuń tor</translation>
    </message>
    <message>
        <source>Edit Label…</source>
        <translation>Edytuj etykietę…</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Odwróć</translation>
    </message>
    <message>
        <source>Two-Way</source>
        <translation>Dwukierunkowy</translation>
    </message>
    <message>
        <source>Delete Connector</source>
        <translation>Usuń łącznik</translation>
    </message>
    <message>
        <source>New Card Here</source>
        <translation>Nowa karta tutaj</translation>
    </message>
    <message>
        <source>Stage {number}</source>
        <translation>Etap {number}</translation>
    </message>
    <message>
        <source>A map keeps at least one stage.</source>
        <translation>Mapa musi mieć co najmniej jeden etap.</translation>
    </message>
    <message>
        <source>A map keeps at least one lane.</source>
        <translation>Mapa musi mieć co najmniej jeden tor.</translation>
    </message>
    <message numerus="yes">
        <source>Delete this stage and the %n card(s) on it?
You can undo this with Edit → Undo.</source>
        <translation>
            <numerusform>Usunąć ten etap i %n kartę, która się na nim znajduje?
Możesz to cofnąć: Edycja → Cofnij.</numerusform>
            <numerusform>Usunąć ten etap i %n karty, które się na nim znajdują?
Możesz to cofnąć: Edycja → Cofnij.</numerusform>
            <numerusform>Usunąć ten etap i %n kart, które się na nim znajdują?
Możesz to cofnąć: Edycja → Cofnij.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete this step and the %n card(s) on it?
You can undo this with Edit → Undo.</source>
        <translation>
            <numerusform>Usunąć ten krok i %n kartę, która się na nim znajduje?
Możesz to cofnąć: Edycja → Cofnij.</numerusform>
            <numerusform>Usunąć ten krok i %n karty, które się na nim znajdują?
Możesz to cofnąć: Edycja → Cofnij.</numerusform>
            <numerusform>Usunąć ten krok i %n kart, które się na nim znajdują?
Możesz to cofnąć: Edycja → Cofnij.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete this lane and the %n card(s) on it?
You can undo this with Edit → Undo.</source>
        <translation>
            <numerusform>Usunąć ten tor i %n kartę, która się na nim znajduje?
Możesz to cofnąć: Edycja → Cofnij.</numerusform>
            <numerusform>Usunąć ten tor i %n karty, które się na nim znajdują?
Możesz to cofnąć: Edycja → Cofnij.</numerusform>
            <numerusform>Usunąć ten tor i %n kart, które się na nim znajdują?
Możesz to cofnąć: Edycja → Cofnij.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add another map to link this one to.</source>
        <translation>Dodaj kolejną mapę, z którą można połączyć tę.</translation>
    </message>
    <message>
        <source>(not linked)</source>
        <translation>(bez połączenia)</translation>
    </message>
    <message>
        <source>Link map</source>
        <translation>Połącz mapę</translation>
    </message>
    <message>
        <source>This map belongs with:</source>
        <translation>Ta mapa należy do:</translation>
    </message>
    <message>
        <source>This map is not linked to another one.</source>
        <translation>Ta mapa nie jest połączona z inną.</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Łącznik</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Etykieta:</translation>
    </message>
    <message>
        <source>Rename map</source>
        <translation>Zmień nazwę mapy</translation>
    </message>
    <message>
        <source>Map title:</source>
        <translation>Tytuł mapy:</translation>
    </message>
    <message>
        <source>{title} (future state)</source>
        <translation>{title} (stan docelowy)</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (kopia)</translation>
    </message>
    <message>
        <source>A project keeps at least one map.</source>
        <translation>Projekt musi mieć co najmniej jedną mapę.</translation>
    </message>
    <message>
        <source>Delete the map “{title}”?
You can undo this with Edit → Undo.</source>
        <translation>Usunąć mapę „{title}”?
Możesz to cofnąć: Edycja → Cofnij.</translation>
    </message>
    <message>
        <source>New map from template</source>
        <translation>Nowa mapa z szablonu</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Add tag…</source>
        <translation>Dodaj tag…</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Dodaj tagi</translation>
    </message>
    <message>
        <source>Separate several tags with commas. Backspace moves to the tags to remove one.</source>
        <translation>Kilka tagów oddziel przecinkami. Backspace przechodzi do tagów, aby usunąć jeden z nich.</translation>
    </message>
    <message>
        <source>Type a tag and press Enter; separate several with commas</source>
        <translation>Wpisz tag i naciśnij Enter; kilka oddziel przecinkami</translation>
    </message>
    <message>
        <source>Remove tag {tag}</source>
        <translation>Usuń tag {tag}</translation>
    </message>
    <message>
        <source>Remove “{tag}” (Backspace, Delete or Space)</source>
        <translation>Usuń „{tag}” (Backspace, Delete lub spacja)</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New from template</source>
        <translation>Nowy z szablonu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Szablony</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Utwórz</translation>
    </message>
</context>
<context>
    <name>TimerOverlay</name>
    <message>
        <source>Workshop timer: click to start or pause</source>
        <translation>Minutnik warsztatu: kliknij, aby uruchomić lub wstrzymać</translation>
    </message>
    <message>
        <source>Workshop timer</source>
        <translation>Minutnik warsztatu</translation>
    </message>
    <message>
        <source>Time’s up</source>
        <translation>Koniec czasu</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Pozostało</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Wstrzymany</translation>
    </message>
</context>
<context>
    <name>VotesPanel</name>
    <message>
        <source>Top voted cards</source>
        <translation>Karty z największą liczbą głosów</translation>
    </message>
    <message>
        <source>Clear Votes</source>
        <translation>Wyczyść głosy</translation>
    </message>
    <message>
        <source>Take every vote off this map (Undo brings them back)</source>
        <translation>Usuń wszystkie głosy z tej mapy (Cofnij je przywraca)</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) on this map</source>
        <translation>
            <numerusform>%n głos na tej mapie</numerusform>
            <numerusform>%n głosy na tej mapie</numerusform>
            <numerusform>%n głosów na tej mapie</numerusform>
        </translation>
    </message>
    <message>
        <source>{stage}: {count}</source>
        <translation>{stage}: {count}</translation>
    </message>
    <message>
        <source>Turn on Workshop › Dot Voting, then click cards to vote.</source>
        <translation>Włącz Warsztat › Głosowanie kropkami i klikaj karty, aby głosować.</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(bez tekstu)</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n głos</numerusform>
            <numerusform>%n głosy</numerusform>
            <numerusform>%n głosów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopActions</name>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Prezentuj</translation>
    </message>
    <message>
        <source>Project the map full screen, stage by stage (F5; F5 again or Esc to stop)</source>
        <translation>Wyświetl mapę na pełnym ekranie, etap po etapie (F5; ponownie F5 lub Esc kończy)</translation>
    </message>
    <message>
        <source>&amp;Dark Projection Theme</source>
        <translation>&amp;Ciemny motyw projekcji</translation>
    </message>
    <message>
        <source>Present &amp;On</source>
        <translation>Prezentuj &amp;na</translation>
    </message>
    <message>
        <source>Dot &amp;Voting</source>
        <translation>Głosowanie &amp;kropkami</translation>
    </message>
    <message>
        <source>Dot voting: a click on a card adds a vote, Shift+click takes one away (F6)</source>
        <translation>Głosowanie kropkami: kliknięcie karty dodaje głos, Shift+kliknięcie go odejmuje (F6)</translation>
    </message>
    <message>
        <source>&amp;Add Vote</source>
        <translation>&amp;Dodaj głos</translation>
    </message>
    <message>
        <source>&amp;Remove Vote</source>
        <translation>&amp;Usuń głos</translation>
    </message>
    <message>
        <source>&amp;Clear Votes</source>
        <translation>&amp;Wyczyść głosy</translation>
    </message>
    <message>
        <source>&amp;Start or Pause Timer</source>
        <translation>&amp;Uruchom lub wstrzymaj minutnik</translation>
    </message>
    <message>
        <source>R&amp;eset Timer</source>
        <translation>W&amp;yzeruj minutnik</translation>
    </message>
    <message>
        <source>Set &amp;Timer…</source>
        <translation>Ustaw &amp;minutnik…</translation>
    </message>
    <message>
        <source>S&amp;how Timer</source>
        <translation>&amp;Pokaż minutnik</translation>
    </message>
    <message>
        <source>Note Colour: {name}</source>
        <translation>Kolor notatki: {name}</translation>
    </message>
    <message>
        <source>Note Colour: the Lane’s</source>
        <translation>Kolor notatki: jak tor</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>W&amp;arsztat</translation>
    </message>
    <message>
        <source>New Note &amp;Colour</source>
        <translation>&amp;Kolor nowych notatek</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Warsztat</translation>
    </message>
    <message>
        <source>New notes:</source>
        <translation>Nowe notatki:</translation>
    </message>
    <message>
        <source>New note colour</source>
        <translation>Kolor nowych notatek</translation>
    </message>
    <message>
        <source>New notes: {name} (Ctrl+{number})</source>
        <translation>Nowe notatki: {name} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Tor</translation>
    </message>
    <message>
        <source>New notes take their lane’s colour</source>
        <translation>Nowe notatki mają kolor swojego toru</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Głosy</translation>
    </message>
    <message>
        <source>New notes: {colour}</source>
        <translation>Nowe notatki: {colour}</translation>
    </message>
    <message>
        <source>Dot voting: click a card to add a vote, Shift+click to take one away.</source>
        <translation>Głosowanie kropkami: kliknij kartę, aby dodać głos; Shift+kliknięcie odejmuje głos.</translation>
    </message>
    <message>
        <source>Select cards to vote for first.</source>
        <translation>Najpierw zaznacz karty, na które chcesz głosować.</translation>
    </message>
    <message>
        <source>Votes cleared. Undo brings them back.</source>
        <translation>Głosy wyczyszczone. Cofnij je przywraca.</translation>
    </message>
    <message>
        <source>Workshop timer</source>
        <translation>Minutnik warsztatu</translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation>Minuty:</translation>
    </message>
    <message>
        <source>Time’s up.</source>
        <translation>Koniec czasu.</translation>
    </message>
    <message>
        <source>Automatic (another screen if any)</source>
        <translation>Automatycznie (inny ekran, jeśli jest)</translation>
    </message>
    <message>
        <source>{name} ({width}×{height})</source>
        <translation>{name} ({width}×{height})</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>Give one label for each of the {levels} levels, or none; there are %n.</source>
        <translation>
            <numerusform>Podaj po jednej etykiecie dla każdego z {levels} poziomów albo żadnej; podano %n.</numerusform>
            <numerusform>Podaj po jednej etykiecie dla każdego z {levels} poziomów albo żadnej; podano %n.</numerusform>
            <numerusform>Podaj po jednej etykiecie dla każdego z {levels} poziomów albo żadnej; podano %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) of this curve lie outside {low} to {high}; move them inside first.</source>
        <translation>
            <numerusform>%n punkt tej krzywej leży poza zakresem od {low} do {high}; najpierw przesuń go do środka.</numerusform>
            <numerusform>%n punkty tej krzywej leżą poza zakresem od {low} do {high}; najpierw przesuń je do środka.</numerusform>
            <numerusform>%n punktów tej krzywej leży poza zakresem od {low} do {high}; najpierw przesuń je do środka.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n etap</numerusform>
            <numerusform>%n etapy</numerusform>
            <numerusform>%n etapów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n krok</numerusform>
            <numerusform>%n kroki</numerusform>
            <numerusform>%n kroków</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n karta</numerusform>
            <numerusform>%n karty</numerusform>
            <numerusform>%n kart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n strona</numerusform>
            <numerusform>%n strony</numerusform>
            <numerusform>%n stron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n map(s)</source>
        <translation>
            <numerusform>%n mapa</numerusform>
            <numerusform>%n mapy</numerusform>
            <numerusform>%n map</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n persona(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n persony</numerusform>
            <numerusform>%n person</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_EmptyPage</name>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Wskazówka</translation>
    </message>
</context>
<context>
    <name>_LabelsEdit</name>
    <message>
        <source>Level labels, one per line, lowest first</source>
        <translation>Etykiety poziomów, jedna w wierszu, od najniższego</translation>
    </message>
</context>
<context>
    <name>_ListField</name>
    <message>
        <source>One per line</source>
        <translation>Jedno w wierszu</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>An offline designer for customer journey maps and service blueprints.</source>
        <translation>Program offline do projektowania map ścieżki klienta i planów usług.</translation>
    </message>
    <message>
        <source>Licence: {licence}. This program comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>Licencja: {licence}. Ten program jest dostarczany BEZ JAKIEJKOLWIEK GWARANCJI.</translation>
    </message>
    <message>
        <source>Bundled fonts:</source>
        <translation>Dołączone czcionki:</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Zbudowano z użyciem:</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>O programie {app}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Design customer journey maps and service blueprints. Without a command, opens FILE (or the bundled sample) in the editor.</source>
        <translation>Projektuj mapy ścieżki klienta i plany usług. Bez polecenia otwiera FILE (lub dołączony przykład) w edytorze.</translation>
    </message>
    <message>
        <source>open the editor (the default)</source>
        <translation>otwórz edytor (domyślnie)</translation>
    </message>
    <message>
        <source>check project files; exit 1 if any is invalid</source>
        <translation>sprawdź pliki projektów; kod wyjścia 1, jeśli któryś jest nieprawidłowy</translation>
    </message>
    <message>
        <source>print the JSON Schema of the current file format</source>
        <translation>wypisz schemat JSON bieżącego formatu pliku</translation>
    </message>
    <message>
        <source>list the templates: name, then description</source>
        <translation>wypisz szablony: nazwa, potem opis</translation>
    </message>
    <message>
        <source>create a project from a template</source>
        <translation>utwórz projekt z szablonu</translation>
    </message>
    <message>
        <source>make a project from a CSV grid</source>
        <translation>utwórz projekt z siatki CSV</translation>
    </message>
    <message>
        <source>make a project from a Mermaid journey diagram</source>
        <translation>utwórz projekt z diagramu ścieżki Mermaid</translation>
    </message>
    <message>
        <source>write one map as a CSV grid</source>
        <translation>zapisz jedną mapę jako siatkę CSV</translation>
    </message>
    <message>
        <source>print maps to a PDF (fit, tiled or per stage), or one map to PNG, SVG or Mermaid</source>
        <translation>wydrukuj mapy do PDF (dopasowane, w kafelkach lub etapami) albo jedną mapę do PNG, SVG lub Mermaid</translation>
    </message>
    <message>
        <source>valid ({maps}, {cards})</source>
        <translation>poprawny ({maps}, {cards})</translation>
    </message>
    <message>
        <source>choose an output file ending in .pdf, .png or .svg (or .mmd for Mermaid)</source>
        <translation>wybierz plik wyjściowy z rozszerzeniem .pdf, .png lub .svg (albo .mmd dla Mermaid)</translation>
    </message>
    <message>
        <source>a PNG or SVG holds one map; choose it with --map</source>
        <translation>PNG lub SVG mieści jedną mapę; wybierz ją opcją --map</translation>
    </message>
    <message>
        <source>a Mermaid journey holds one map; choose it with --map</source>
        <translation>ścieżka Mermaid mieści jedną mapę; wybierz ją opcją --map</translation>
    </message>
    <message>
        <source>the project has no maps</source>
        <translation>projekt nie ma map</translation>
    </message>
    <message>
        <source>has {count} maps; choose one with --map ({names})</source>
        <translation>ma {count} map(y); wybierz jedną opcją --map ({names})</translation>
    </message>
    <message>
        <source>has no map &apos;{wanted}&apos; ({names})</source>
        <translation>nie ma mapy „{wanted}” ({names})</translation>
    </message>
    <message>
        <source>already exists; choose another name or add --force to replace it</source>
        <translation>już istnieje; wybierz inną nazwę lub dodaj --force, aby go zastąpić</translation>
    </message>
</context>
<context>
    <name>duration</name>
    <message>
        <source>minutes</source>
        <translation>minuty</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>godziny</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dni</translation>
    </message>
    <message>
        <source>Write the duration as a number, such as 5 or 1.5 (not “{text}”).</source>
        <translation>Wpisz czas trwania jako liczbę, np. 5 lub 1,5 (nie „{text}”).</translation>
    </message>
    <message>
        <source>Write the duration as a number, such as 5 or 1.5.</source>
        <translation>Wpisz czas trwania jako liczbę, np. 5 lub 1,5.</translation>
    </message>
    <message>
        <source>A duration cannot be negative.</source>
        <translation>Czas trwania nie może być ujemny.</translation>
    </message>
    <message>
        <source>A duration can be at most ten years.</source>
        <translation>Czas trwania może wynosić najwyżej dziesięć lat.</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>Custom (mm)…</source>
        <translation>Własny (mm)…</translation>
    </message>
    <message>
        <source>Fit the map on one page</source>
        <translation>Zmieść mapę na jednej stronie</translation>
    </message>
    <message>
        <source>Tile across pages (to tape into a poster)</source>
        <translation>Podziel na strony (do sklejenia w plakat)</translation>
    </message>
    <message>
        <source>One page per stage (for slides)</source>
        <translation>Jedna strona na etap (do prezentacji)</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Observed</source>
        <translation>Zaobserwowane</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>Założone</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proponowane</translation>
    </message>
    <message>
        <source>Seen in research (filled disc)</source>
        <translation>Potwierdzone w badaniach (pełne koło)</translation>
    </message>
    <message>
        <source>Believed, not yet checked (half-filled disc)</source>
        <translation>Przypuszczenie, jeszcze niesprawdzone (półpełne koło)</translation>
    </message>
    <message>
        <source>A proposal for the future (dashed ring)</source>
        <translation>Propozycja na przyszłość (przerywany okrąg)</translation>
    </message>
    <message>
        <source>This value is not allowed</source>
        <translation>Ta wartość jest niedozwolona</translation>
    </message>
</context>
<context>
    <name>grid</name>
    <message>
        <source>Line of interaction</source>
        <translation>Linia interakcji</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Linia widoczności</translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation>Linia interakcji wewnętrznej</translation>
    </message>
    <message>
        <source>{amount} s</source>
        <translation>{amount} s</translation>
    </message>
    <message>
        <source>{amount} min</source>
        <translation>{amount} min</translation>
    </message>
    <message>
        <source>{amount} h</source>
        <translation>{amount} godz.</translation>
    </message>
    <message>
        <source>{amount} d</source>
        <translation>{amount} dni</translation>
    </message>
    <message>
        <source>to-be</source>
        <translation>cel</translation>
    </message>
    <message>
        <source>as-is</source>
        <translation>teraz</translation>
    </message>
</context>
<context>
    <name>image_export</name>
    <message>
        <source>the resolution must be 24 to 1200 dpi</source>
        <translation>rozdzielczość musi wynosić od 24 do 1200 dpi</translation>
    </message>
    <message>
        <source>the picture would be {width}×{height} pixels; choose a lower resolution than {dpi} dpi</source>
        <translation>obraz miałby {width}×{height} pikseli; wybierz rozdzielczość niższą niż {dpi} dpi</translation>
    </message>
    <message>
        <source>choose a file name ending in .png or .svg</source>
        <translation>wybierz nazwę pliku z rozszerzeniem .png lub .svg</translation>
    </message>
</context>
<context>
    <name>image_import</name>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>nie można odczytać ({reason})</translation>
    </message>
    <message>
        <source>is {size} MB; pictures up to 50 MB can be added</source>
        <translation>ma {size} MB; można dodać obrazy do 50 MB</translation>
    </message>
    <message>
        <source>{problem}; only PNG and JPEG pictures can be added</source>
        <translation>{problem}; można dodać tylko obrazy PNG i JPEG</translation>
    </message>
    <message>
        <source>is {width}×{height} pixels; pictures up to {limit} megapixels can be added</source>
        <translation>ma {width}×{height} pikseli; można dodać obrazy do {limit} megapikseli</translation>
    </message>
    <message>
        <source>the picture is damaged ({reason})</source>
        <translation>obraz jest uszkodzony ({reason})</translation>
    </message>
    <message>
        <source>is still too large after scaling it down</source>
        <translation>jest wciąż za duży po pomniejszeniu</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>is larger than {limit} MB</source>
        <translation>jest większy niż {limit} MB</translation>
    </message>
    <message>
        <source>is saved as UTF-16; save it as {encoding} and try again</source>
        <translation>jest zapisany w kodowaniu UTF-16; zapisz go jako {encoding} i spróbuj ponownie</translation>
    </message>
    <message>
        <source>line {line}: is not UTF-8 text; save it as {encoding} and try again</source>
        <translation>wiersz {line}: to nie jest tekst UTF-8; zapisz plik jako {encoding} i spróbuj ponownie</translation>
    </message>
    <message>
        <source>is not a text file (it contains NUL bytes)</source>
        <translation>nie jest plikiem tekstowym (zawiera bajty NUL)</translation>
    </message>
</context>
<context>
    <name>inspector</name>
    <message>
        <source>Select a card to see and edit its text, colour, tags and evidence here.

Select a stage or lane header to edit the stage or lane. Select several cards to change their colour, evidence or fail point together.</source>
        <translation>Zaznacz kartę, aby zobaczyć i edytować tutaj jej tekst, kolor, tagi i dowody.

Zaznacz nagłówek etapu lub toru, aby edytować etap lub tor. Zaznacz kilka kart, aby razem zmienić ich kolor, dowody lub punkt awarii.</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>zaobserwowane</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>założone</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proponowane</translation>
    </message>
    <message>
        <source>A name can be at most {limit} characters; this one has {length}.</source>
        <translation>Nazwa może mieć najwyżej {limit} znaków; ta ma {length}.</translation>
    </message>
    <message>
        <source>A text can be at most {limit} characters; this one has {length}.</source>
        <translation>Tekst może mieć najwyżej {limit} znaków; ten ma {length}.</translation>
    </message>
    <message>
        <source>{what} can be at most {limit} characters.</source>
        <translation>{what} może mieć najwyżej {limit} znaków.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>No evidence status</source>
        <translation>Bez statusu dowodów</translation>
    </message>
    <message>
        <source>card {number} of {count}</source>
        <translation>karta {number} z {count}</translation>
    </message>
    <message>
        <source>The lowest level ({low}) must be below the highest ({high}).</source>
        <translation>Najniższy poziom ({low}) musi być mniejszy od najwyższego ({high}).</translation>
    </message>
    <message>
        <source>A level label cannot be empty; leave all of them out to show numbers.</source>
        <translation>Etykieta poziomu nie może być pusta; pomiń wszystkie, aby pokazać liczby.</translation>
    </message>
    <message>
        <source>A level label can be at most {limit} characters.</source>
        <translation>Etykieta poziomu może mieć najwyżej {limit} znaków.</translation>
    </message>
</context>
<context>
    <name>items</name>
    <message>
        <source>image cannot be shown</source>
        <translation>nie można wyświetlić obrazu</translation>
    </message>
    <message>
        <source>curve</source>
        <translation>krzywa</translation>
    </message>
    <message>
        <source>  (hidden)</source>
        <translation>  (ukryta)</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Brak celu</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>LEGENDA</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Zaobserwowane</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>Założone</translation>
    </message>
    <message>
        <source>Proposed (idea)</source>
        <translation>Proponowane (pomysł)</translation>
    </message>
    <message>
        <source>Fail point</source>
        <translation>Punkt awarii</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>Cel osiągnięty</translation>
    </message>
    <message>
        <source>Off target</source>
        <translation>Cel nieosiągnięty</translation>
    </message>
</context>
<context>
    <name>load</name>
    <message>
        <source>no such file</source>
        <translation>nie ma takiego pliku</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>brak uprawnień</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>nie można go odczytać ({reason})</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>to folder, a nie plik</translation>
    </message>
    <message>
        <source>is not a regular file (a device, pipe or socket)</source>
        <translation>nie jest zwykłym plikiem (to urządzenie, potok lub gniazdo)</translation>
    </message>
    <message>
        <source>is {size:.0f} MB; files larger than {limit} MB are not opened</source>
        <translation>ma {size:.0f} MB; pliki większe niż {limit} MB nie są otwierane</translation>
    </message>
    <message>
        <source>is larger than {limit} MB</source>
        <translation>jest większy niż {limit} MB</translation>
    </message>
    <message>
        <source>is saved as {encoding}; save it as UTF-8 and try again</source>
        <translation>jest zapisany w kodowaniu {encoding}; zapisz go jako UTF-8 i spróbuj ponownie</translation>
    </message>
    <message>
        <source>the file ends too early (it may be truncated)</source>
        <translation>plik kończy się za wcześnie (może być obcięty)</translation>
    </message>
    <message>
        <source>is not UTF-8 text (invalid byte 0x{byte:02X} on line {line})</source>
        <translation>nie jest tekstem UTF-8 (nieprawidłowy bajt 0x{byte:02X} w wierszu {line})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>plik jest pusty</translation>
    </message>
    <message>
        <source>is not a Journey Designer project (no JSON object at the top)</source>
        <translation>nie jest projektem Journey Designer (brak obiektu JSON na najwyższym poziomie)</translation>
    </message>
    <message>
        <source>cannot be upgraded from format version {version}: {error}</source>
        <translation>nie można go zaktualizować z wersji formatu {version}: {error}</translation>
    </message>
    <message>
        <source>is not valid JSON: {problem} (line {line}, column {column})</source>
        <translation>nie jest poprawnym plikiem JSON: {problem} (wiersz {line}, kolumna {column})</translation>
    </message>
    <message>
        <source>is nested too deeply to be a project file</source>
        <translation>ma zbyt głębokie zagnieżdżenie jak na plik projektu</translation>
    </message>
    <message>
        <source>is not valid: {problem}</source>
        <translation>jest niepoprawny: {problem}</translation>
    </message>
    <message>
        <source>contains an invalid character (an unpaired UTF-16 surrogate escape)</source>
        <translation>zawiera niedozwolony znak (niesparowany zastępczy kod UTF-16)</translation>
    </message>
    <message>
        <source>is not a Journey Designer project (it has no &quot;format&quot; field)</source>
        <translation>nie jest projektem Journey Designer (brak pola „format”)</translation>
    </message>
    <message>
        <source>is a &apos;{kind}&apos; file, not a Journey Designer project</source>
        <translation>jest plikiem typu „{kind}”, a nie projektem Journey Designer</translation>
    </message>
    <message>
        <source>has no valid format version (&quot;version&quot; must be a whole number)</source>
        <translation>nie ma poprawnej wersji formatu („version” musi być liczbą całkowitą)</translation>
    </message>
    <message>
        <source>the file was saved by a newer Journey Designer (file format {version}; this version reads formats up to {newest}). Update Journey Designer to open it</source>
        <translation>plik został zapisany w nowszej wersji Journey Designer (format pliku {version}; ta wersja odczytuje formaty do {newest}). Zaktualizuj Journey Designer, aby go otworzyć</translation>
    </message>
    <message>
        <source>has an unknown format version {version}</source>
        <translation>ma nieznaną wersję formatu {version}</translation>
    </message>
</context>
<context>
    <name>locking</name>
    <message>
        <source>another program</source>
        <translation>inny program</translation>
    </message>
    <message>
        <source>another {app} (process {pid} on {host})</source>
        <translation>inne okno {app} (proces {pid} na {host})</translation>
    </message>
    <message>
        <source>another {app} (process {pid})</source>
        <translation>inne okno {app} (proces {pid})</translation>
    </message>
    <message>
        <source>“{name}” is open in {owner}.</source>
        <translation>Plik „{name}” jest otwarty w: {owner}.</translation>
    </message>
    <message>
        <source>Changes saved there and here would overwrite each other. Open it read-only (to save your changes you choose another file name)?</source>
        <translation>Zmiany zapisywane tam i tutaj nadpisywałyby się nawzajem. Otworzyć go tylko do odczytu (aby zapisać swoje zmiany, wybierzesz inną nazwę pliku)?</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Otwórz tylko do odczytu</translation>
    </message>
    <message>
        <source>If {host} is no longer using it (for example it crashed), you can edit it here.</source>
        <translation>Jeśli {host} już go nie używa (na przykład uległ awarii), możesz edytować go tutaj.</translation>
    </message>
    <message>
        <source>Edit Here Anyway</source>
        <translation>Mimo to edytuj tutaj</translation>
    </message>
    <message>
        <source>“{name}” was changed on disk since you opened it.</source>
        <translation>Plik „{name}” został zmieniony na dysku po jego otwarciu.</translation>
    </message>
    <message>
        <source>“{name}” no longer exists (it was moved, renamed or deleted).</source>
        <translation>Plik „{name}” już nie istnieje (został przeniesiony, przemianowany lub usunięty).</translation>
    </message>
    <message>
        <source>Overwrite it with your version, or save your version under another name?</source>
        <translation>Nadpisać go Twoją wersją czy zapisać Twoją wersję pod inną nazwą?</translation>
    </message>
    <message>
        <source>Save your version there again, or under another name?</source>
        <translation>Zapisać Twoją wersję ponownie w tym miejscu czy pod inną nazwą?</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Nadpisz</translation>
    </message>
    <message>
        <source>Save here</source>
        <translation>Zapisz tutaj</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Zapisz jako…</translation>
    </message>
    <message>
        <source>“{name}” was changed on disk by another program.</source>
        <translation>Plik „{name}” został zmieniony na dysku przez inny program.</translation>
    </message>
    <message>
        <source>Reload it? Your unsaved changes here would be lost (or keep yours; saving will then ask before overwriting).</source>
        <translation>Wczytać go ponownie? Niezapisane zmiany tutaj zostałyby utracone (możesz też zachować swoje; zapis zapyta wtedy przed nadpisaniem).</translation>
    </message>
    <message>
        <source>Reload it to see the changes?</source>
        <translation>Wczytać go ponownie, aby zobaczyć zmiany?</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Wczytaj ponownie</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Zachowaj moją</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignoruj</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <source>Current state</source>
        <translation>Stan obecny</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>Stan docelowy</translation>
    </message>
    <message>
        <source>Day in the life</source>
        <translation>Dzień z życia</translation>
    </message>
    <message>
        <source>Service blueprint</source>
        <translation>Plan usługi</translation>
    </message>
    <message>
        <source>Doing</source>
        <translation>Działania</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Myśli</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Uczucia</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Punkty styku</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanały</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Problemy</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Szanse</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Pomysły</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Storyboard</source>
        <translation>Scenorys</translation>
    </message>
    <message>
        <source>Emotion curve</source>
        <translation>Krzywa emocji</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation>Dowody fizyczne</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>Działania klienta</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Front office</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Zaplecze</translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation>Procesy wspierające</translation>
    </message>
</context>
<context>
    <name>palette</name>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>Myśl</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Szansa</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Punkt styku</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Pomysł</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>Current state</source>
        <translation>Stan obecny</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>Stan docelowy</translation>
    </message>
    <message>
        <source>Day in the life</source>
        <translation>Dzień z życia</translation>
    </message>
    <message>
        <source>Service blueprint</source>
        <translation>Plan usługi</translation>
    </message>
    <message>
        <source> (continued)</source>
        <translation> (ciąg dalszy)</translation>
    </message>
    <message>
        <source>SERVICE BLUEPRINT</source>
        <translation>PLAN USŁUGI</translation>
    </message>
    <message>
        <source>CUSTOMER JOURNEY MAP</source>
        <translation>MAPA ŚCIEŻKI KLIENTA</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROJEKT</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>ZMIENIONO</translation>
    </message>
    <message>
        <source>CONTENT</source>
        <translation>ZAWARTOŚĆ</translation>
    </message>
    <message>
        <source>SCENARIO</source>
        <translation>SCENARIUSZ</translation>
    </message>
    <message>
        <source>EXPECTATIONS</source>
        <translation>OCZEKIWANIA</translation>
    </message>
    <message>
        <source>PERSONA</source>
        <translation>PERSONA</translation>
    </message>
    <message>
        <source>PERSONAS</source>
        <translation>PERSONY</translation>
    </message>
    <message>
        <source>and {names}</source>
        <translation>oraz {names}</translation>
    </message>
    <message>
        <source>LEGEND</source>
        <translation>LEGENDA</translation>
    </message>
    <message>
        <source>EVIDENCE</source>
        <translation>DOWODY</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Zaobserwowane</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>Założone</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proponowane</translation>
    </message>
    <message>
        <source>Fail point</source>
        <translation>Punkt awarii</translation>
    </message>
    <message>
        <source>EMOTION CURVE</source>
        <translation>KRZYWA EMOCJI</translation>
    </message>
    <message>
        <source>METRICS</source>
        <translation>WSKAŹNIKI</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>Cel osiągnięty</translation>
    </message>
    <message>
        <source>Off target</source>
        <translation>Cel nieosiągnięty</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Brak celu</translation>
    </message>
    <message>
        <source>To-be</source>
        <translation>Stan docelowy</translation>
    </message>
    <message>
        <source>As-is</source>
        <translation>Stan obecny</translation>
    </message>
    <message>
        <source>target {target}</source>
        <translation>cel {target}</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>poziomo</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>pionowo</translation>
    </message>
    <message>
        <source>{page} {orientation} · page {number} of {total}</source>
        <translation>{page} {orientation} · strona {number} z {total}</translation>
    </message>
    <message>
        <source>This map is empty</source>
        <translation>Ta mapa jest pusta</translation>
    </message>
    <message>
        <source>Add stages and lanes in Journey Designer to fill the grid.</source>
        <translation>Dodaj etapy i tory w Journey Designer, aby wypełnić siatkę.</translation>
    </message>
    <message>
        <source>row {row} / column {column}</source>
        <translation>wiersz {row} / kolumna {column}</translation>
    </message>
    <message>
        <source>{title} · {rows} × {columns} pages</source>
        <translation>{title} · {rows} × {columns} stron</translation>
    </message>
    <message>
        <source>row {row} / column {column} of {rows} × {columns}</source>
        <translation>wiersz {row} / kolumna {column} z {rows} × {columns}</translation>
    </message>
    <message>
        <source>assembly guide</source>
        <translation>instrukcja składania</translation>
    </message>
    <message>
        <source>Stage {number} of {count}</source>
        <translation>Etap {number} z {count}</translation>
    </message>
    <message>
        <source>{name} · stage {number} of {count}</source>
        <translation>{name} · etap {number} z {count}</translation>
    </message>
    <message>
        <source>Scorecard: {title}</source>
        <translation>Karta wyników: {title}</translation>
    </message>
    <message>
        <source>SCORECARD (continued)</source>
        <translation>KARTA WYNIKÓW (ciąg dalszy)</translation>
    </message>
    <message>
        <source>SCORECARD</source>
        <translation>KARTA WYNIKÓW</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Karta wyników</translation>
    </message>
    <message>
        <source>Persona: {name}</source>
        <translation>Persona: {name}</translation>
    </message>
    <message>
        <source>PERSONA (continued)</source>
        <translation>PERSONA (ciąg dalszy)</translation>
    </message>
    <message>
        <source>This project has no maps yet</source>
        <translation>Ten projekt nie ma jeszcze map</translation>
    </message>
    <message>
        <source>Create a map in Journey Designer, then export again.</source>
        <translation>Utwórz mapę w Journey Designer, a potem wyeksportuj ponownie.</translation>
    </message>
    <message>
        <source>{lane}: {low} ({low_number}) to {high} ({high_number})</source>
        <translation>{lane}: od {low} ({low_number}) do {high} ({high_number})</translation>
    </message>
    <message>
        <source>{lane}: {low_number} to {high_number}</source>
        <translation>{lane}: od {low_number} do {high_number}</translation>
    </message>
    <message>
        <source>; one point per step</source>
        <translation>; jeden punkt na krok</translation>
    </message>
    <message>
        <source>HOW TO ASSEMBLE</source>
        <translation>JAK SKŁADAĆ</translation>
    </message>
    <message>
        <source>This map prints on {count} pages, {rows} × {columns}. Each page repeats the lane and stage headers: trim them along the crop marks on every page right of or below another, then tape the pages edge to edge.</source>
        <translation>Ta mapa drukuje się na {count} stronach, {rows} × {columns}. Każda strona powtarza nagłówki torów i etapów: na każdej stronie leżącej na prawo od innej lub pod inną odetnij je wzdłuż znaczników cięcia, a potem sklej strony krawędź do krawędzi.</translation>
    </message>
    <message>
        <source>page {number}</source>
        <translation>strona {number}</translation>
    </message>
    <message>
        <source>GOALS</source>
        <translation>CELE</translation>
    </message>
    <message>
        <source>NEEDS</source>
        <translation>POTRZEBY</translation>
    </message>
    <message>
        <source>PAIN POINTS</source>
        <translation>PROBLEMY</translation>
    </message>
    <message>
        <source>Funnel: {metric}</source>
        <translation>Lejek: {metric}</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>wskaźniki</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>emocje</translation>
    </message>
    <message>
        <source>friction</source>
        <translation>tarcie</translation>
    </message>
    <message>
        <source>Journey score: metrics on target</source>
        <translation>Wynik ścieżki: wskaźniki u celu</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Wynik ogólny</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Wnioski</translation>
    </message>
    <message>
        <source>Lowest emotion: {stage}</source>
        <translation>Najniższe emocje: {stage}</translation>
    </message>
    <message>
        <source>Largest drop: {start} → {end} ({change})</source>
        <translation>Największy spadek: {start} → {end} ({change})</translation>
    </message>
    <message>
        <source>No drop in emotion between stages</source>
        <translation>Brak spadku emocji między etapami</translation>
    </message>
    <message>
        <source>Biggest funnel drop-off: after {stage}</source>
        <translation>Największy odpływ w lejku: po etapie {stage}</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Problemy</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Szanse</translation>
    </message>
    <message>
        <source>Fail points</source>
        <translation>Punkty awarii</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Głosy</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Emotion (mean)</source>
        <translation>Emocje (średnia)</translation>
    </message>
    <message>
        <source>{name} ({variant})</source>
        <translation>{name} ({variant})</translation>
    </message>
    <message>
        <source>Map curve</source>
        <translation>Krzywa mapy</translation>
    </message>
    <message>
        <source>to-be</source>
        <translation>cel</translation>
    </message>
    <message>
        <source>as-is</source>
        <translation>teraz</translation>
    </message>
    <message>
        <source>{percent} % go on</source>
        <translation>{percent} % przechodzi dalej</translation>
    </message>
    <message>
        <source>biggest drop-off</source>
        <translation>największy odpływ</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>Untitled project</source>
        <translation>Projekt bez nazwy</translation>
    </message>
    <message>
        <source> (never saved)</source>
        <translation> (nigdy nie zapisano)</translation>
    </message>
    <message>
        <source> (the file was changed after this snapshot)</source>
        <translation> (plik zmieniono po tej kopii)</translation>
    </message>
</context>
<context>
    <name>save</name>
    <message>
        <source>is a folder; choose a file name</source>
        <translation>to folder; wybierz nazwę pliku</translation>
    </message>
    <message>
        <source>the current version could not be read to keep a backup ({reason})</source>
        <translation>nie udało się odczytać bieżącej wersji, aby zachować kopię zapasową ({reason})</translation>
    </message>
    <message>
        <source>no backup could be kept in {name}: {reason}</source>
        <translation>nie udało się zachować kopii zapasowej w {name}: {reason}</translation>
    </message>
    <message>
        <source>cannot be saved: the folder {folder} does not exist</source>
        <translation>nie można zapisać: folder {folder} nie istnieje</translation>
    </message>
    <message>
        <source>not enough disk space to save; the previous version is untouched</source>
        <translation>za mało miejsca na dysku, by zapisać; poprzednia wersja pozostała nienaruszona</translation>
    </message>
    <message>
        <source>permission denied (the file or its folder is read-only); the previous version is untouched</source>
        <translation>brak uprawnień (plik lub jego folder jest tylko do odczytu); poprzednia wersja pozostała nienaruszona</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>dysk jest tylko do odczytu</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>nazwa pliku jest za długa</translation>
    </message>
    <message>
        <source>could not be saved ({reason}); the previous version is untouched</source>
        <translation>nie udało się zapisać ({reason}); poprzednia wersja pozostała nienaruszona</translation>
    </message>
</context>
<context>
    <name>swatches</name>
    <message>
        <source>Yellow</source>
        <translation>Żółty</translation>
    </message>
    <message>
        <source>Blue grey</source>
        <translation>Niebieskoszary</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Różowy</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Zielony</translation>
    </message>
    <message>
        <source>Sky blue</source>
        <translation>Błękitny</translation>
    </message>
    <message>
        <source>Lilac</source>
        <translation>Liliowy</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Biały</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Szary</translation>
    </message>
</context>
<context>
    <name>tags</name>
    <message>
        <source>A tag can be at most {limit} characters; “{start}…” has {length}.</source>
        <translation>Tag może mieć najwyżej {limit} znaków; „{start}…” ma {length}.</translation>
    </message>
    <message>
        <source>A card can have at most {limit} tags.</source>
        <translation>Karta może mieć najwyżej {limit} tagów.</translation>
    </message>
</context>
</TS>

//! Every fixed text of the user interface, in Dutch and English.
//!
//! One table: a variant, its Dutch text, its English text. The macro builds the enum and, per
//! language, all texts as one string with the end of each (a text without a translation does
//! not compile).

use super::lang::Lang;
use crate::scenario::Metric;

macro_rules! texts {
    ($($name:ident => $nl:literal, $en:literal;)*) => {
        /// A fixed text of the interface.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Text { $($name),* }

        /// Every Dutch text, one after the other, and where each ends.
        const NL: &str = concat!($($nl),*);
        const NL_ENDS: &[u16] = &ends([$($nl.len()),*]);
        /// Every English text, one after the other, and where each ends.
        const EN: &str = concat!($($en),*);
        const EN_ENDS: &[u16] = &ends([$($en.len()),*]);

        impl Text {
            /// Every text, for tests.
            pub const ALL: &'static [Text] = &[$(Text::$name),*];

            pub fn get(self, lang: Lang) -> &'static str {
                let (all, ends) = match lang {
                    Lang::Nl => (NL, NL_ENDS),
                    Lang::En => (EN, EN_ENDS),
                };
                let i = self as usize;
                let start = if i == 0 { 0 } else { ends[i - 1] as usize };
                // The ends fall on the texts' own boundaries, so the slice is always one text.
                all.get(start..ends[i] as usize).unwrap_or_default()
            }
        }
    };
}

/// The end of each text in their concatenation, as `u16`: two bytes per text instead of the
/// eight of a `&str` (and of a match's table of them), for some 370 texts in two languages.
const fn ends<const N: usize>(lens: [usize; N]) -> [u16; N] {
    let mut out = [0u16; N];
    let mut end = 0;
    let mut i = 0;
    while i < N {
        end += lens[i];
        assert!(
            end <= u16::MAX as usize,
            "the texts of one language exceed 64 KB"
        );
        out[i] = end as u16;
        i += 1;
    }
    out
}

texts! {
    AppSubtitle => "Scenario’s voor zo thuis mogelijk opgroeien", "Scenarios for growing up as close to home as possible";
    PresetLabel => "Regionaal plan", "Regional plan";
    LanguageSwitch => "English", "Nederlands";
    PrintedTotalsWhich => "zothuis rekent met de som van de regels, niet met het gedrukte totaal: elke regel staat met een eigen bedrag in het plan, en zo telt elke euro die u aan een regel verandert mee. Het gedrukte totaal staat er alleen ter vergelijking.", "zothuis uses the sum of the lines, not the printed total: every line has an amount of its own in the plan, so every euro you change in a line counts. The printed total is shown for comparison only.";
    SharesNotApplicable => "Niet van toepassing op dit scenario: alle kinderen wonen in elk jaar residentieel (0 % in een gezinsvorm), zoals in de JeugdzorgPlus. Het aandeel verandert pas als een hendel kinderen naar een pleeggezin of gezinshuis brengt.", "Not applicable to this scenario: every child lives in residential care in every year (0% in family-type care), as in secure youth care (JeugdzorgPlus). The share changes only once a lever moves children to a foster family or family home.";
    TornadoShareStill => "Geen van de onzekere aannames verandert het aandeel gezinsvormen: alle kinderen wonen residentieel. Daarom toont de grafiek het effect op de kosten.", "None of the uncertain assumptions changes the family-type share: every child is in residential care. The chart therefore shows the effect on cost.";
    SavingsLine => "Besparing t.o.v. de status quo", "Saving against the status quo";
    ChartProgrammeNoBudget => "Programmakosten (geen transformatiebudget bekend)", "Programme cost (no transformation budget known)";
    PinSaved => "Vastzetten", "Pin";
    ComparisonNotOpened => "Deze vergelijking kon niet worden geopend; uw scenario is niet veranderd.", "This comparison could not be opened; your scenario has not changed.";
    ComparisonLink => "Link naar deze vergelijking", "Link to this comparison";
    ComparisonSave => "Vergelijking opslaan als bestand", "Save the comparison as a file";
    ComparisonLinkHint => "Wie de link opent, ziet het huidige scenario met de vastgezette ernaast, met hun namen.", "Whoever opens the link sees the current scenario with the pinned ones beside it, with their names.";
    PresentLiveLevers => "En als we…", "And if we…";
    Slide => "Dia", "Slide";
    ModelWord => "rekenmodel", "model";
    BudgetShortfallRow => "Tekort op het transformatiebudget", "Shortfall on the transformation budget";
    CommittedRow => "Kosten na de planperiode (kinderen die dan nog in zorg zijn)", "Costs after the plan period (children still in care then)";
    PaybackRow => "Terugverdientijd", "Payback";
    MemoOccasion => "Aanleiding", "Occasion";
    MemoScenario => "Het scenario", "The scenario";
    MemoAchieves => "Wat het oplevert", "What it achieves";
    MemoFinance => "Financiële gevolgen", "Financial consequences";
    MemoRisks => "Risico’s", "Risks";
    MemoRisksIntro => "De onzekere aannames die de kosten het meest bepalen (elk op de uiteinden van zijn bandbreedte, de rest gelijk):", "The uncertain assumptions that matter most for the cost (each at the ends of its range, the rest unchanged):";
    MemoNoRisks => "Dit scenario heeft geen bandbreedtes; de risico’s zijn niet doorgerekend.", "This scenario has no ranges; the risks have not been computed.";
    MemoProposal => "Voorstel", "Proposal";
    MemoProposalHint => "Uw voorstel aan het college (optioneel; alleen in deze notitie, wordt mee afgedrukt):", "Your proposal to the executive (optional; only in this memo, printed with it):";
    MemoAppendix => "Bijlagen", "Appendices";
    OwnNotePrice => "prijs per dag", "price per day";
    GuidePriceFoster => "€ 55 per dag voor pleegzorg, all-in: vergoeding ≈ € 20 plus begeleiding (DOMAIN.md, voorgestelde standaard; pleegvergoeding Staatscourant 2023-31554)", "€ 55 a day for foster care, all-in: allowance ≈ € 20 plus guidance (DOMAIN.md, suggested default; foster allowance Staatscourant 2023-31554)";
    GuidePriceFamilyHome => "€ 180 per dag voor een gezinshuis (DOMAIN.md, voorgestelde standaard; PGB-maximum Bollenstreek 2024: € 163,59)", "€ 180 a day for a family home (DOMAIN.md, suggested default; Bollenstreek PGB maximum 2024: € 163.59)";
    GuidePriceResidential => "€ 225 per dag residentieel, het midden van € 150–300 (DOMAIN.md, voorgestelde standaard; Gooi en Vechtstreek, Rapportage fase 2, 2019)", "€ 225 a day for residential care, the middle of € 150–300 (DOMAIN.md, suggested default; Gooi en Vechtstreek, report phase 2, 2019)";
    GuidePriceOther => "€ 450 per dag voor overig 24-uursverblijf, zoals klinische jeugd-GGZ (DOMAIN.md, voorgestelde standaard)", "€ 450 a day for other 24-hour care, such as clinical youth mental health (DOMAIN.md, suggested default)";
    GuidePlacesPerHome => "3,5 plaatsen per gezinshuis (DOMAIN.md, voorgestelde standaard; Sociale Vraagstukken: ≈ 3,5 tot 4 kinderen per gezinshuis)", "3.5 places per family home (DOMAIN.md, suggested default; Sociale Vraagstukken: ≈ 3.5 to 4 children per family home)";
    SourceGuide => "landelijke richtwaarde", "national guide value";
    PageTitle => "zothuis — scenario’s voor zo thuis mogelijk opgroeien", "zothuis — scenarios for children growing up as close to home as possible";
    LanguageSwitchLabel => "Switch to English", "Schakel naar Nederlands";
    Levers => "Hendels", "Levers";
    LeversIntro => "Verschuif een hendel of typ een waarde: de uitkomsten rekenen direct mee.", "Move a lever or type a value: the results update at once.";
    LeverInflow => "Instroom", "Inflow";
    LeverInflowChange => "Verandering instroom per jaar", "Inflow change per year";
    ResultingInflow => "Instroom per jaar", "Inflow per year";
    LeverRecruitment => "Werving pleeggezinnen", "Foster-family recruitment";
    LeverRecruitmentHelp => "Nieuwe pleeggezinnen per jaar (bruto). Zonder nieuw beleid:", "New foster families a year (gross). Without new policy:";
    LeverFamilyHomes => "Capaciteit gezinshuizen", "Family-home capacity";
    LeverNewHomes => "Nieuwe gezinshuizen per jaar", "New family homes per year";
    LeverSubstitution => "Substitutie van residentiële zorg", "Substitution of residential care";
    LeverMore => "Meer hendels", "More levers";
    LeverStayChangeResidential => "Verblijfsduur residentieel (korter of langer)", "Residential length of stay (shorter or longer)";
    LeverInflowTrend => "Autonome groei van de instroom", "Autonomous growth of the inflow";
    LeverPopulationTrend => "Verandering aantal kinderen 0–17", "Change in children aged 0–17";
    LeverBaseline => "Uitgangssituatie: ook zonder nieuw beleid", "Baseline: also without new policy";
    UnitPctOfResidentialNeed => "% van wie residentiële zorg nodig heeft", "% of those needing residential care";
    UnitPctOfStay => "% van de verblijfsduur", "% of the length of stay";
    UnitPctPointsAttrition => "procentpunt uitval per jaar", "percentage points attrition a year";
    UnitEuroPerPlacement => "€ per voorkomen plaatsing", "€ per prevented placement";
    UnitEuroPerChild => "€ per kind", "€ per child";
    UnitEuroPerFamily => "€ per gezin", "€ per family";
    GroupPopulation => "Bevolking", "Population";
    DuringTheYear => "kinderen in het jaar", "children during the year";
    ChangedWord => "gewijzigd", "changed";
    Redo => "Opnieuw", "Redo";
    NoFosterCareInPlan => "Pleegzorg doet in dit plan niet mee (geen pleeggezinnen, geen pleegkinderen).", "Foster care is not part of this plan (no foster families, no foster children).";
    NoFamilyHomesInPlan => "Gezinshuizen doen in dit plan niet mee.", "Family homes are not part of this plan.";
    SetAnyway => "Toch instellen", "Set anyway";
    LeversAtStatusQuo => "De beleidshendels van dit plan staan op ‘geen nieuw beleid’: het plan noemt er geen cijfers voor. Daarom is er nog geen besparing; verschuif een hendel om een keuze door te rekenen.", "This plan's policy levers stand at ‘no new policy’: the plan gives no figures for them. That is why there are no savings yet; move a lever to work out a choice.";
    AppendixAssumptions => "Bijlage: elke aanname en haar bron", "Appendix: every assumption and its source";
    GroupUnder12 => "Kinderen onder 12", "Children under 12";
    LeverShorterResidentialStay => "Kortere verblijfsduur residentieel", "Shorter residential stay";
    LeverRetention => "Behoud pleeggezinnen", "Foster-family retention";
    LeverUnder12Substitution => "Substitutie onder 12 (nee, tenzij)", "Substitution under 12 (no, unless)";
    LeverPlacesPerHome => "Plaatsen per gezinshuis", "Places per family home";
    LeverPrices => "Kosten per dag per zorgvorm", "Cost per day per care form";
    PerYear => "per jaar", "per year";
    SetPerYear => "Per jaar instellen", "Set per year";
    HidePerYear => "Per jaar verbergen", "Hide per year";
    DiffersPerYear => "verschilt per jaar", "differs per year";
    UnitPctPerYear => "% per jaar", "% per year";
    UnitFamiliesPerYear => "gezinnen per jaar", "families per year";
    UnitHomesPerYear => "gezinshuizen per jaar", "homes per year";
    UnitPlaces => "plaatsen", "places";
    UnitEuroPerDay => "€ per dag", "€ per day";
    UnitPerDay => "per dag", "per day";
    UnitPctPoints => "procentpunt", "percentage points";
    UnitChildren => "kinderen", "children";
    UnitMonths => "maanden", "months";
    UnitPct => "%", "%";
    UnitFamilies => "gezinnen", "families";
    UnitHomes => "gezinshuizen", "homes";
    UnitEuro => "€", "€";
    UnitYear => "jaar", "year";
    UnitYears => "jaren", "years";
    UnitChildrenPerYear => "kinderen per jaar", "children per year";
    UnitPctPerYearAttrition => "% per jaar", "% per year";
    FormFoster => "Pleegzorg", "Foster care";
    FormFamilyHome => "Gezinshuis", "Family home";
    FormResidential => "Residentieel", "Residential";
    FormResidentialNeed => "Residentieel (nodig)", "Residential (needed)";
    FormMismatch => "Residentieel bij gebrek aan gezinsplek", "Residential for lack of a family place";
    FormOther => "Overig verblijf", "Other care";
    FamilyForms => "Gezinsvormen", "Family-type care";
    SourcePlan => "uit het plan", "from the plan";
    SourceFile => "uit bestand", "from the file";
    SourceAssumption => "aanname", "assumption";
    SourceNone => "geen bron", "no source";
    SourceLabel => "Bron", "Source";
    SourceLabelInDutch => "Bron", "Source (in Dutch)";
    TargetMet => "gehaald", "met";
    TargetMissed => "niet gehaald", "not met";
    TargetWord => "doel", "target";
    NoTargetWord => "geen doel", "no target";
    NoChild => "geen kind", "no child";
    EffortRecruit => "Werving", "Recruitment";
    EffortNewHomes => "Het openen van gezinshuizen", "Opening family homes";
    EffortPrevention => "Preventie (minder instroom)", "Prevention (lower inflow)";
    EffortSubstitution => "Substitutie", "Substitution";
    EffortSubstitutionUnder12 => "Substitutie onder 12 jaar", "Substitution under 12";
    EffortRetention => "Behoud van pleeggezinnen", "Retaining foster families";
    UnbudgetedTile => "Niet begroot:", "Not budgeted:";
    NoTargets => "Dit plan noemt geen cijfermatige doelen. Voeg er een toe onder Aannames › Doelen.", "This plan sets no numeric targets. Add one under Assumptions › Targets.";
    TargetsTitle => "Doelen per jaar", "Targets per year";
    ColYear => "Jaar", "Year";
    ColTarget => "Doel", "Target";
    ColMetric => "Maatstaf", "Measure";
    ColActual => "Uitkomst", "Result";
    ColStatus => "Gehaald?", "Met?";
    ColMargin => "Verschil", "Margin";
    ColFirstMet => "Voor het eerst gehaald in", "First met in";
    ColNeeded => "Wat is er nodig?", "What would it take?";
    Compute => "Bereken", "Compute";
    ComputeForChance => "Bereken voor deze kans", "Compute for this chance";
    ChanceToAim => "Gewenste kans dat het doel gehaald wordt", "Chance of meeting the target to aim for";
    ChanceSuffix => "kans", "chance";
    Apply => "Toepassen", "Apply";
    PackageOption => "Combinatie van hendels", "Combination of levers";
    PackageLevers => "Hendels in de combinatie", "Levers in the combination";
    PackageUnbounded => "Zoek zonder grenzen (buiten wat landelijk is gezien)", "Search without bounds (beyond what has been seen nationally)";
    Searching => "Zoeken …", "Searching …";
    ToMemo => "In de notitie", "Into the memo";
    AtBound => " — op de grens", " — at the bound";
    PackageApplied => "Toegepast: de combinatie van hendels; één keer „Ongedaan maken” zet alles terug.", "Applied: the combination of levers; one “Undo” takes it all back.";
    InMemo => "In de notitie opgenomen", "Put in the memo";
    MemoNeed => "Wat ervoor nodig is", "What it takes";
    MemoNeedBounds => "Binnen de grenzen van wat landelijk is gezien (bijlage), op de stap van elke hendel; elke hendel is gecontroleerd met één stap minder.", "Within the bounds of what has been seen nationally (appendix), on each lever's step; each lever checked one step less.";
    BoundsTitle => "Grenzen van wat landelijk is gezien", "Bounds of what has been seen nationally";
    BoundsIntro => "Een hendel boven zijn grens heet ongebruikelijk, maar wordt nooit geweigerd. De combinatie van hendels zoekt binnen deze grenzen.", "A lever beyond its bound is marked unusual, never refused. The combination of levers searches within these bounds.";
    BoundLever => "Hendel", "Lever";
    BoundColumn => "Grens", "Bound";
    BoundBasisColumn => "Grondslag", "Basis";
    BoundSeen => "landelijk gezien", "seen nationally";
    BoundPlanPolicy => "beleid van het plan (nee, tenzij)", "the plan's policy (no, unless)";
    BoundAssumed => "aanname van zothuis: geen landelijk cijfer bekend", "assumption of zothuis: no national figure known";
    Never => "niet binnen de projectie", "not within the projection";
    ChartChildren => "Kinderen per zorgvorm (31 december)", "Children per care form (31 December)";
    ChartShares => "Aandeel gezinsvormen en residentieel, met de doelen", "Share in family-type and residential care, with the targets";
    ChartSharesUsers => "Aandeel gezinsvormen en residentieel van de kinderen in het jaar (zoals het plan telt), met de doelen", "Share in family-type and residential care of the children during the year (as the plan counts), with the targets";
    ChartSharesStockNotThePlans => "Aandeel gezinsvormen en residentieel op 31 december (het plan telt de kinderen in het jaar)", "Share in family-type and residential care on 31 December (the plan counts the children during the year)";
    ChartSharesUsersNotThePlans => "Aandeel gezinsvormen en residentieel van de kinderen in het jaar (het plan telt op één dag)", "Share in family-type and residential care of the children during the year (the plan counts on one day)";
    CountOn => "Tellen", "Count";
    CountUsers => "In het jaar", "During the year";
    CountStock => "Op 31 december", "On 31 December";
    AsThePlanCounts => "zoals het plan telt", "as the plan counts";
    ChildrenDuringYear => "In 24-uurszorg in het jaar", "In 24-hour care during the year";
    ResidentialAdmissions => "Opnames residentieel", "Admissions to residential care";
    ChartCost => "Zorgkosten: dit scenario en de status quo", "Care cost: this scenario and the status quo";
    ChartBudget => "Programmakosten en transformatiebudget", "Programme cost and transformation budget";
    ChartPlaces => "Residentiële plaatsen: bezetting op het drukste moment en de geplande plaatsen", "Residential places: occupancy at the busiest month and the planned places";
    ResidentialPeak => "Bezetting (drukste maand)", "Occupancy (busiest month)";
    PlacesShortfall => "Tekort aan plaatsen", "Places short";
    PlannedPlaces => "Geplande plaatsen", "Planned places";
    ChartUnder12 => "Kinderen onder 12 in residentiële zorg (31 december) en hun opnames", "Children under 12 in residential care (31 December) and their admissions";
    Under12Residential => "Onder 12 in residentiële zorg", "Under 12 in residential care";
    Under12Admissions => "Opnames onder 12 in het jaar", "Admissions under 12 in the year";
    LackOfPlaceUnder12 => "Bij gebrek aan gezinsplek residentieel geplaatst, onder 12", "Placed residentially for lack of a family place, under 12";
    LackOfPlaceOlder => "Bij gebrek aan gezinsplek residentieel geplaatst, 12 en ouder", "Placed residentially for lack of a family place, 12 and over";
    ShowTable => "Toon als tabel", "Show as table";
    ShowChart => "Toon als grafiek", "Show as chart";
    Start => "begin", "start";
    ScenarioCost => "Dit scenario", "This scenario";
    StatusQuo => "Status quo (geen nieuw beleid)", "Status quo (no new policy)";
    Savings => "Besparing", "Savings";
    ProgrammeCost => "Programmakosten", "Programme cost";
    Budget => "Transformatiebudget", "Transformation budget";
    NoBudgetKnown => "geen budget bekend", "no budget known";
    WhyNot => "Waarom niet?", "Why not?";
    CommittedAfter => "Kosten na de planperiode (kinderen die dan nog in zorg zijn)", "Costs after the plan period (children still in care)";
    NetWithCommitted => "Netto, met de kosten na de planperiode", "Net, with the costs after the plan period";
    RegularBudget => "Uit het reguliere jeugdhulpbudget", "From the regular youth-care budget";
    ChoiceFund => "Transformatiefonds", "Transformation fund";
    ChoiceRegular => "Regulier jeugdhulpbudget", "Regular youth-care budget";
    BalanceCumulative => "Saldo cumulatief", "Cumulative balance";
    PrintedTotal => "Totaal volgens het plan", "Total as printed in the plan";
    LinesSum => "de som van de regels is", "the lines add up to";
    CareCostTotal => "Zorgkosten", "Care cost";
    PaybackIn => "terugverdiend in", "paid back in";
    NoPayback => "nog niet terugverdiend in de planperiode", "not yet paid back within the plan period";
    NoProgramme => "geen programmakosten", "no programme costs";
    Assumptions => "Aannames", "Assumptions";
    AssumptionsIntro => "Alle andere cijfers van het scenario. Bij elk cijfer staat of het uit het plan komt of een aanname is; de bron staat erbij als u de muis erop houdt of er met Tab op komt.", "Every other figure of the scenario. Each says whether it comes from the plan or is an assumption; hover over it or reach it with Tab to see its source.";
    GroupStart => "Startsituatie", "Starting point";
    GroupStays => "Gemiddelde verblijfsduur", "Average length of stay";
    GroupInflow => "Instroom", "Inflow";
    GroupFoster => "Pleeggezinnen", "Foster families";
    GroupFamilyHomes => "Gezinshuizen", "Family homes";
    GroupCosts => "Kosten en indexatie", "Costs and indexation";
    GroupProgramme => "Programma (uitvoeringsagenda)", "Programme";
    GroupCapacity => "Geplande residentiële capaciteit (31 december)", "Planned residential capacity (31 December)";
    GroupTargets => "Doelen", "Targets";
    AddTarget => "Doel toevoegen", "Add target";
    RemoveTarget => "Verwijder doel", "Remove target";
    AddLine => "Programmaregel toevoegen", "Add programme line";
    RemoveLine => "Verwijder regel", "Remove line";
    LineLabel => "Omschrijving", "Description";
    BudgetLabel => "Omschrijving budget", "Budget description";
    Warnings => "Let op", "Note";
    PanicMessage => "Er ging iets mis in zothuis: deze pagina rekent niet meer. Laad de pagina opnieuw; het laatste scenario dat werkte staat in het adres. Niets is verstuurd of opgeslagen; de technische details staan in de console van de browser.", "Something went wrong in zothuis: this page no longer computes. Reload the page; the last scenario that worked is in the address. Nothing was sent or saved anywhere; technical details are in the browser console.";
    PanicReload => "Opnieuw laden", "Reload";
    Illustrative => "Illustratieve startcijfers: dit plan geeft geen aantallen. Vul uw eigen cijfers in onder Aannames.", "Illustrative starting figures: this plan gives no numbers. Enter your own under Assumptions.";
    Mismatch => "Residentieel bij gebrek aan gezinsplek", "Residential for lack of a family place";
    Scenario => "Scenario", "Scenario";
    Region => "Regio", "Region";
    Name => "Naam", "Name";
    Share => "Deel", "Share";
    ShareTitle => "Deel dit scenario", "Share this scenario";
    ShareIntro => "De link bevat het hele scenario. Hij gaat niet via een server: wie hem opent, ziet dezelfde cijfers.", "The link holds the whole scenario. It does not go through a server: whoever opens it sees the same figures.";
    ShareLinkLabel => "Link naar dit scenario", "Link to this scenario";
    ShareCopied => "De link staat op het klembord.", "The link is on the clipboard.";
    LinkEncodeFailed => "Er kon geen link worden gemaakt: deze waarde past niet in een link. Uw scenario is niet veranderd; bewaar het als bestand.", "No link could be made: this value does not fit in a link. Your scenario has not changed; save it as a file.";
    ShareCopyFailed => "Kopiëren naar het klembord lukte niet. Selecteer de link hierboven en kopieer hem zelf (Ctrl+C).", "Copying to the clipboard did not work. Select the link above and copy it yourself (Ctrl+C).";
    ShareChanges => "Deze link verandert ten opzichte van het plan:", "This link changes, compared with the plan:";
    ShareNoChanges => "Deze link verandert niets ten opzichte van het plan.", "This link changes nothing compared with the plan.";
    ShareNoPreset => "Dit scenario is niet op een plan gebaseerd; de link bevat alle cijfers.", "This scenario is not based on a plan; the link holds every figure.";
    Close => "Sluiten", "Close";
    Files => "Bestanden", "Files";
    SaveJson => "Opslaan als bestand (JSON)", "Save as file (JSON)";
    SavePng => "opslaan als PNG-afbeelding", "save as PNG image";
    SaveCsv => "Jaartabel als CSV", "Yearly table as CSV";
    OpenFile => "Scenario openen (JSON):", "Open a scenario (JSON):";
    OwnScenario => "Eigen scenario (uit een bestand)", "Own scenario (from a file)";
    DefaultShown => "U ziet het standaardplan, of het scenario dat u al open had.", "You see the default plan, or the scenario you already had open.";
    MetricFamilyShare => "Aandeel gezinsvormen", "Share in family-type care";
    MetricResidentialShare => "Aandeel residentieel", "Share in residential care";
    MetricOtherShare => "Aandeel overig verblijf", "Share in other care";
    MetricFosterCount => "Kinderen in pleegzorg", "Children in foster care";
    MetricFamilyHomeCount => "Kinderen in gezinshuizen", "Children in family homes";
    MetricResidentialCount => "Kinderen residentieel", "Children in residential care";
    MetricOtherCount => "Kinderen in overig verblijf", "Children in other care";
    MetricTotalCount => "Kinderen in 24-uurszorg", "Children in 24-hour care";
    MetricMismatchCount => "Residentieel bij gebrek aan gezinsplek", "Residential for lack of a family place";
    MetricResidentialReduction => "Afname residentieel t.o.v. de start", "Residential reduction since the start";
    MetricInflowChange => "Verandering instroom t.o.v. de start", "Inflow change since the start";
    MetricFosterFamilies => "Actieve pleeggezinnen", "Active foster families";
    MetricCareCost => "Zorgkosten in het jaar", "Care cost in the year";
    MetricProgrammeCost => "Programmakosten in het jaar", "Programme cost in the year";
    MetricBudgetBalance => "Budgetsaldo cumulatief", "Cumulative budget balance";
    MetricFamilyShareUsers => "Aandeel gezinsvormen (kinderen in het jaar)", "Share in family-type care (children during the year)";
    MetricResidentialShareUsers => "Aandeel residentieel (kinderen in het jaar)", "Share in residential care (children during the year)";
    MetricOtherShareUsers => "Aandeel overig verblijf (kinderen in het jaar)", "Share in other care (children during the year)";
    MetricUsersCount => "Kinderen in 24-uurszorg in het jaar", "Children in 24-hour care during the year";
    MetricResidentialAdmissions => "Opnames residentieel in het jaar", "Admissions to residential care in the year";
    MetricInflowFamilyShare => "Aandeel nieuwe plaatsingen in een gezinsvorm", "Share of new placements in family-type care";
    MetricInflowResidentialShare => "Aandeel nieuwe plaatsingen residentieel", "Share of new placements in residential care";
    MetricPlacementsPer1000 => "Plaatsingen per 1.000 kinderen", "Placements per 1,000 children";
    MetricFamilyHomes => "Aantal gezinshuizen", "Number of family homes";
    MetricResidentialCountUnder12 => "Kinderen onder 12 in residentiële zorg", "Children under 12 in residential care";
    MetricOtherCountUnder12 => "Kinderen onder 12 in overig verblijf", "Children under 12 in other care";
    MetricResidentialAdmissionsUnder12 => "Opnames residentieel van kinderen onder 12", "Admissions of children under 12 to residential care";
    MetricResidentialShortfall => "Tekort aan residentiële plaatsen", "Shortfall of residential places";
    MetricLackOfPlacePlacements => "Residentieel geplaatst bij gebrek aan gezinsplek", "Placed residentially for lack of a family place";
    // Sentences and words that were written inline in the views (one place for every text).
    ChartTableHint => "De cijfers staan ook in een tabel: knop Toon als tabel.", "The figures are also in a table: button Show as table.";
    SkipToResults => "Naar de uitkomsten", "Skip to the results";
    ResultsDetails => "Grafieken en tabellen", "Charts and tables";
    UpdateReady => "Er is een nieuwe versie van zothuis. U werkt verder in deze versie; de nieuwe opent bij de volgende keer laden. Uw scenario staat in het adres en blijft bewaard.", "A new version of zothuis is available. You keep working in this version; the new one opens the next time the page loads. Your scenario is in the address and is kept.";
    ReloadNow => "Nu opnieuw laden", "Reload now";
    CompareMemo => "Memo van de vergelijking", "Memo of the comparison";
    CompareMemoTitle => "Vergelijking van scenario’s", "Comparison of scenarios";
    CompareMemoKind => "Beslisnotitie — scenario’s naast elkaar", "Decision memo — scenarios side by side";
    CompareMemoChances => "Elke kans komt uit 2.000 doorrekeningen van dat scenario met zijn eigen bandbreedtes (zie de memo van elk scenario).", "Every chance comes from 2,000 runs of that scenario with its own ranges (see each scenario's memo).";
    CompareMemoScenarios => "De scenario’s", "The scenarios";
    OwnRegionTitle => "Eigen regio: begin met uw eigen cijfers", "Your own region: start from your own figures";
    OwnRegionOption => "Eigen regio invoeren …", "Enter your own region …";
    OwnRegionIntro => "Vul in wat u weet; lege velden met een toelichting worden geschat. Elk cijfer dat u invult heet in het scenario ‘eigen invoer’; de rest is een aanname met bron, die u daarna onder Aannames kunt aanpassen.", "Fill in what you know; empty fields with a note are estimated. Every figure you enter is marked ‘own input’ in the scenario; the rest is an assumption with its source, which you can change under Assumptions afterwards.";
    OwnChildrenTitle => "Kinderen in 24-uurszorg per zorgvorm", "Children in 24-hour care per care form";
    OwnCountDuringYear => "geteld over het afgelopen jaar (alle kinderen die er in dat jaar waren)", "counted over the past year (every child who was there during that year)";
    OwnCountOnOneDay => "op één dag (1 januari van het beginjaar)", "on one day (1 January of the start year)";
    OwnPricesTitle => "Prijs per kind per dag", "Price per child per day";
    OwnMoreTitle => "Instroom, pleeggezinnen, gezinshuizen en budget", "Inflow, foster families, family homes and budget";
    OwnBuild => "Scenario maken", "Build the scenario";
    OwnCancel => "Terug zonder te maken", "Back without building";
    OwnErrorsTitle => "Niet alles kon worden gelezen; de velden hieronder zeggen wat er mis is. Uw invoer blijft staan.", "Not everything could be read; the fields below say what is wrong. What you entered stays.";
    OwnStartYear => "Beginjaar", "Start year";
    OwnInflow => "Instroom per jaar (nieuwe plaatsingen)", "Inflow per year (new placements)";
    OwnFamilies => "Pleeggezinnen", "Foster families";
    OwnHomes => "Gezinshuizen", "Family homes";
    OwnPlacesPerHome => "Plaatsen per gezinshuis", "Places per family home";
    OwnBudget => "Transformatiebudget per jaar", "Transformation budget per year";
    OwnUnitChildrenPerYear => "kinderen per jaar", "children a year";
    OwnUnitFamilies => "gezinnen", "families";
    OwnUnitHomes => "gezinshuizen", "family homes";
    OwnUnitPlaces => "plaatsen", "places";
    OwnUnitEuroPerDay => "€ per dag", "€ a day";
    OwnUnitEuroPerYear => "€ per jaar", "€ a year";
    OwnHintInflow => "Leeg: geschat uit de bezetting (evenwicht, MODEL §8).", "Empty: estimated from today's occupancy (steady state, MODEL §8).";
    OwnHintFamilies => "Leeg: 1,2 pleegkind per gezin.", "Empty: 1.2 foster children per family.";
    OwnHintHomes => "Leeg: het aantal kinderen in gezinshuizen gedeeld door de plaatsen per huis.", "Empty: the children in family homes divided by the places per home.";
    OwnHintBudget => "Leeg: geen budget.", "Empty: no budget.";
    OwnInputWord => "eigen invoer", "own input";
    SourceOwn => "eigen invoer", "own input";
    OwnErrRequired => "Vul dit in.", "Fill this in.";
    OwnErrYears => "Vul een aantal jaren van 1 tot en met 15 in.", "Enter a number of years from 1 to 15.";
    OwnErrPct => "Vul een percentage van 0 tot en met 100 in.", "Enter a percentage from 0 to 100.";
    OwnErrTargetYear => "Vul een jaar binnen de projectie in.", "Enter a year within the projection.";
    OwnYears => "Aantal jaren vooruit", "Years ahead";
    OwnUnitYears => "jaar", "years";
    OwnTarget => "Doel: aandeel kinderen in gezinsvormen", "Target: share of children in family-type care";
    OwnUnitPctFamily => "% of meer", "% or more";
    OwnTargetYear => "Doel in het jaar", "Target in the year";
    OwnProgramme => "Programmakosten per jaar", "Programme cost per year";
    OwnProgrammeLine => "Eigen programma", "Own programme";
    OwnAimTitle => "Doel en programma", "Target and programme";
    KeptRegions => "Eigen regio's (in deze browser)", "Own regions (in this browser)";
    OwnHintTarget => "Geteld zoals hierboven: in het jaar of op één dag.", "Counted as above: during the year or on one day.";
    OwnHintTargetYear => "Leeg: het laatste jaar.", "Empty: the last year.";
    OwnHintProgramme => "Leeg: geen programmaregel.", "Empty: no programme line.";
    OwnErrTooLong => "Gebruik ten hoogste 80 tekens.", "Use at most 80 characters.";
    OwnErrYear => "Vul een jaar tussen 2000 en 2100 in.", "Enter a year between 2000 and 2100.";
    OwnErrRange => "Vul een getal groter dan 0 in (en niet meer dan 10 miljoen).", "Enter a number above 0 (and at most 10 million).";
    OwnErrNotNegative => "Vul 0 of meer in (ten hoogste 10 miljoen).", "Enter 0 or more (at most 10 million).";
    OwnErrNoChildren => "Vul ten minste bij één zorgvorm een aantal kinderen in.", "Enter a number of children for at least one care form.";
    OwnNoteCountsDuringYear => "kinderen in zorg in het jaar voor het beginjaar, omgerekend naar een stand op 1 januari met de verblijfsduren (MODEL §8)", "children in care during the year before the start, converted to a stock on 1 January with the stays (MODEL §8)";
    OwnNoteCountsOnOneDay => "kinderen in zorg op 1 januari van het beginjaar", "children in care on 1 January of the start year";
    OwnNoteMismatch => "Aanname: geen kinderen residentieel bij gebrek aan een gezinsplek (vul in onder Aannames als u het weet).", "Assumption: no children in residential care for lack of a family place (enter it under Assumptions if you know it).";
    OwnNoteStays => "Aanname (landelijke richtwaarde): pleegzorg 48, gezinshuis 36, residentieel 12, overig 6 maanden.", "Assumption (national guide value): foster care 48, family home 36, residential 12, other 6 months.";
    OwnNoteInflowEstimated => "Geschat uit de bezetting: de instroom die de stand gelijk houdt (MODEL §8).", "Estimated from occupancy: the inflow that keeps the stock steady (MODEL §8).";
    OwnNoteNeeds => "Geschat uit de bezetting: het deel van de instroom dat residentiële of overige zorg nodig heeft (MODEL §8).", "Estimated from occupancy: the share of the inflow that needs residential or other care (MODEL §8).";
    OwnNoteNoChange => "Aanname: geen verandering (nog geen beleid ingevuld).", "Assumption: no change (no policy entered yet).";
    OwnNoteFamiliesEstimated => "Geschat: 1,2 pleegkind per gezin (landelijke richtwaarde).", "Estimated: 1.2 foster children per family (national guide value).";
    OwnNoteFoster => "Aanname (landelijk): 1,2 kind per pleeggezin, 14 % uitval per jaar; werving zonder nieuw beleid gelijk aan de uitval.", "Assumption (national): 1.2 children per foster family, 14 % attrition a year; recruitment without new policy equal to attrition.";
    OwnNoteHomesEstimated => "Geschat: de kinderen in gezinshuizen gedeeld door de plaatsen per huis.", "Estimated: the children in family homes divided by the places per home.";
    OwnNoteProgramme => "Aanname: € 5.000 per geworven pleeggezin, € 2.500 per nieuw gezinshuis; geen programmaregels.", "Assumption: € 5,000 per recruited foster family, € 2,500 per new family home; no programme lines.";
    OwnNoteNoBudget => "Geen budget ingevuld.", "No budget entered.";
    OwnNoteRanges => "Aanname: bandbreedtes rond de prijzen en verblijfsduren voor de kansberekening.", "Assumption: ranges around the prices and stays for the chances.";
    Under12AddedNote => "Toegevoegd in zothuis: vul het deel onder 12 in (beginstand, aandeel van de instroom, behoefte). Zolang alles 0 is, verandert er niets. Doorstroom naar 12+: aanname 8,3 % per jaar (1 op 12 bij gelijke spreiding over 0–11 jaar).", "Added in zothuis: fill in the part under 12 (starting stock, share of the inflow, needs). While everything is 0 nothing changes. Turning 12: assumed 8.3 % a year (1 in 12 with ages spread evenly over 0–11).";
    AddUnder12 => "Groep kinderen onder 12 toevoegen", "Add the group of children under 12";
    RemoveUnder12 => "Groep kinderen onder 12 verwijderen", "Remove the group of children under 12";
    Presentation => "Presentatie", "Presentation";
    Previous => "Vorige", "Previous";
    Next => "Volgende", "Next";
    PresentKeys => "← → of spatie: vorige en volgende · Esc: terug", "← → or space: previous and next · Esc: back";
    PresentKeysPinned => "← → of spatie: vorige en volgende · ↑ ↓: ander scenario · Esc: terug", "← → or space: previous and next · ↑ ↓: other scenario · Esc: back";
    ClosePresentation => "Terug (Esc)", "Back (Esc)";
    Later => "Niet nu", "Not now";
    TornadoOnCost => "Effect op de totale kosten (zorg en programma)", "Effect on total cost (care and programme)";
    GoalUnreachableAtMaximum => "Niet haalbaar met deze hendel, ook niet op het maximum.", "Not reachable with this lever, not even at its maximum.";
    LinkNotOpened => "Deze link kon niet worden geopend.", "This link could not be opened.";
    EditRefused => "Deze wijziging kon niet worden doorgevoerd; uw scenario is niet veranderd.", "This change could not be made; your scenario has not changed.";
    StorageUnavailable => "Deze browser staat bewaren niet toe (bijvoorbeeld in een privévenster). Gebruik ‘Opslaan als bestand’ of ‘Deel’.", "This browser does not allow saving (in a private window, for example). Use ‘Save as file’ or ‘Share’.";
    StorageUnreadable => "De bewaarde scenario’s in deze browser zijn onleesbaar; zothuis laat ze ongemoeid en bewaart niets nieuws.", "The scenarios saved in this browser cannot be read; zothuis leaves them alone and saves nothing new.";
    StorageWriteFailed => "Bewaren lukte niet: de opslag van de browser is vol of geblokkeerd. Het scenario is níet bewaard; gebruik ‘Opslaan als bestand’.", "Saving failed: the browser's storage is full or blocked. The scenario was NOT saved; use ‘Save as file’.";
    SharePerFamilyPerScenario => "Aandeel gezinsvormen per scenario (geteld zoals elk plan telt)", "Share in family-type care per scenario (counted as each plan counts)";
    ThisScenarioHasNoRanges => "Dit scenario heeft geen bandbreedtes. Voeg er een toe onder ‘Bandbreedtes’ om de kans op het halen van de doelen te zien.", "This scenario has no ranges. Add one under ‘Ranges’ to see the chance of meeting the targets.";
    UpdatingRanges => "Bandbreedtes bijwerken…", "Updating ranges…";
    WhatMattersMost => "Wat weegt het zwaarst?", "What matters most?";
    EffectOn => "Effect op", "Effect on";
    FamilyShare => "Gezinsvormen", "Family share";
    Cost => "Kosten", "Cost";
    Scenario2 => "scenario", "scenario";
    Low => "laag", "low";
    High => "hoog", "high";
    AssumptionAtItsLowEnd => "aanname op de laagste waarde", "assumption at its low end";
    AtItsHighEnd => "op de hoogste waarde", "at its high end";
    LowEnd => "laagste waarde", "low end";
    HighEnd => "hoogste waarde", "high end";
    Ranges => "Bandbreedtes", "Ranges";
    Assumption => "Aanname", "Assumption";
    Low2 => "Laagste", "Low";
    High2 => "Hoogste", "High";
    Remove => "Verwijderen", "Remove";
    LiesOutsideTheRangeThe => "valt buiten de bandbreedte: de dichtstbijzijnde grens telt als meest waarschijnlijk", "lies outside the range: the nearest end counts as most likely";
    RemoveRange => "Bandbreedte verwijderen", "Remove range";
    AddARangeFor => "Bandbreedte toevoegen voor", "Add a range for";
    ChooseAnAssumption => "— kies een aanname —", "— choose an assumption —";
    Uncertainty => "Onzekerheid", "Uncertainty";
    ViewAndChangeTheRanges => "Bandbreedtes bekijken en aanpassen", "View and change the ranges";
    PrintOrSaveAsPdf => "Afdrukken of als PDF bewaren", "Print or save as PDF";
    BackToThePlanner => "Terug naar de planner", "Back to the planner";
    DecisionMemoYouthCareScenario => "Beslisnotitie — scenario jeugdzorg met verblijf", "Decision memo — youth care scenario";
    Date => "Datum", "Date";
    Period => "Periode", "Period";
    Charts => "Grafieken", "Charts";
    WhatDiffersFromThePlan => "Wat verschilt van het plan", "What differs from the plan";
    ThisScenarioIsNotBased => "Dit scenario is niet op een plan gebaseerd.", "This scenario is not based on a plan.";
    NothingThisIsThePlan => "Niets: dit is het plan zoals het in zothuis staat.", "Nothing: this is the plan as zothuis holds it.";
    Figure => "Gegeven", "Figure";
    Value => "Waarde", "Value";
    Origin => "Herkomst", "Origin";
    SourceAndNote => "Bron en toelichting", "Source and note";
    SourceAndNoteInDutch => "Bron en toelichting", "Source and note (in Dutch)";
    RangesForTheChances => "Bandbreedtes voor de kansberekening", "Ranges for the chances";
    EveryChanceAndEveryP10 => "Elke kans en elke band in de grafieken komt uit 2.000 doorrekeningen. In elke doorrekening krijgt elke aanname hieronder een waarde tussen de laagste en de hoogste; waarden dicht bij die van het scenario komen het vaakst voor.", "Every chance and every band in the charts comes from 2,000 calculations. In each, every assumption below takes a value between its low and its high end; values close to the scenario’s own come up most often.";
    Range => "Bandbreedte", "Range";
    LinkToThisScenario => "Link naar dit scenario: ", "Link to this scenario: ";
    ComputedWith => "Berekend met", "Computed with";
    ChanceThatTheTargetIs => "Kans dat het doel gehaald wordt, over de bandbreedtes van de aannames", "Chance that the target is met, over the ranges of the assumptions";
    Chance => "Kans", "Chance";
    CurrentScenario => "Huidig scenario", "Current scenario";
    Comparison => "Vergelijking", "Comparison";
    Unpin => "Losmaken", "Unpin";
    TargetsPerScenario => "Doelen per scenario", "Targets per scenario";
    MoneyAndFamilyTypeCare => "Geld en gezinsvormen", "Money and family-type care";
    TheScenariosHaveTheSame => "De scenario’s hebben dezelfde aannames.", "The scenarios have the same assumptions.";
    AssumptionsThatDiffer => "Aannames die verschillen", "Assumptions that differ";
    P10P90ThinLineP50 => "band: 8 van de 10 doorrekeningen, dunne lijn: de middelste", "band: 8 in 10 calculations, thin line: the middle one";
    P10P90WideTickP50 => "streep: 8 van de 10 doorrekeningen, brede streep: de middelste", "whisker: 8 in 10 calculations, wide tick: the middle one";
    UntitledScenario => "Naamloos scenario", "Untitled scenario";
    SavedScenarios => "Bewaarde scenario’s", "Saved scenarios";
    InThisBrowserOnlyNothing => "Alleen in deze browser; er gaat niets naar een server.", "In this browser only; nothing goes to a server.";
    Save => "Bewaar", "Save";
    Undo => "Ongedaan maken", "Undo";
    NewName => "Nieuwe naam", "New name";
    ThatNameIsEmptyOr => "Die naam is leeg of al in gebruik.", "That name is empty or already taken.";
    OkButton => "OK", "OK";
    Open => "Openen", "Open";
    Rename => "Hernoemen", "Rename";
    Delete => "Verwijderen", "Delete";
    // Field names (i18n::errors::field_name), in the order of the field table.
    FieldName => "Naam", "Name";
    FieldRegion => "Regio", "Region";
    FieldStartYear => "Startjaar", "Start year";
    FieldYears => "Aantal jaren", "Number of years";
    FieldStock => "Beginstand (kinderen per zorgvorm)", "Starting stock (children per care form)";
    FieldStockFoster => "Beginstand pleegzorg", "Starting foster care";
    FieldStockFamilyHome => "Beginstand gezinshuizen", "Starting family homes";
    FieldStockResidential => "Beginstand residentieel", "Starting residential care";
    FieldStockOther => "Beginstand overig verblijf", "Starting other care";
    FieldMismatch => "Residentieel bij gebrek aan gezinsplek", "Residential for lack of a family place";
    FieldStayMonths => "Verblijfsduur per zorgvorm", "Length of stay per care form";
    FieldStayFoster => "Verblijfsduur pleegzorg", "Length of stay, foster care";
    FieldStayFamilyHome => "Verblijfsduur gezinshuis", "Length of stay, family home";
    FieldStayResidential => "Verblijfsduur residentieel", "Length of stay, residential";
    FieldStayOther => "Verblijfsduur overig", "Length of stay, other";
    FieldInflow => "Instroom", "Inflow";
    FieldInflowPerYear => "Instroom per jaar", "Inflow per year";
    FieldInflowChange => "Verandering instroom per jaar", "Inflow change per year";
    FieldResidentialNeed => "Aandeel instroom met residentiële behoefte", "Share of inflow needing residential care";
    FieldOtherNeed => "Aandeel instroom met behoefte aan overig verblijf", "Share of inflow needing other care";
    FieldFoster => "Pleeggezinnen", "Foster families";
    FieldFosterFamilies => "Actieve pleeggezinnen", "Active foster families";
    FieldChildrenPerFamily => "Kinderen per pleeggezin", "Children per foster family";
    FieldAttrition => "Uitval pleeggezinnen per jaar", "Foster families stopping per year";
    FieldRecruit => "Werving pleeggezinnen", "Foster-family recruitment";
    FieldStatusQuoRecruit => "Werving zonder nieuw beleid", "Recruitment without new policy";
    FieldFamilyHome => "Gezinshuizen (capaciteit)", "Family homes (capacity)";
    FieldHomes => "Gezinshuizen", "Family homes";
    FieldPlacesPerHome => "Plaatsen per gezinshuis", "Places per family home";
    FieldNewHomes => "Nieuwe gezinshuizen", "New family homes";
    FieldResidentialCapacity => "Geplande residentiële capaciteit", "Planned residential capacity";
    FieldCost => "Kosten", "Costs";
    FieldPerDay => "Prijs per dag per zorgvorm", "Price per day per care form";
    FieldPriceFoster => "Prijs per dag pleegzorg", "Price per day, foster care";
    FieldPriceFamilyHome => "Prijs per dag gezinshuis", "Price per day, family home";
    FieldPriceResidential => "Prijs per dag residentieel", "Price per day, residential";
    FieldPriceOther => "Prijs per dag overig", "Price per day, other";
    FieldIndexPct => "Indexatie per jaar", "Price indexation per year";
    FieldProgramme => "Programma", "Programme";
    FieldCostPerRecruitedFamily => "Kosten per extra geworven pleeggezin", "Cost per extra recruited family";
    FieldCostPerNewHome => "Kosten per nieuw gezinshuis", "Cost per new family home";
    FieldProgrammeLines => "Programmaregels", "Programme lines";
    FieldBudget => "Transformatiebudget", "Transformation budget";
    FieldBudgetAmounts => "Transformatiebudget", "Transformation budget";
    FieldTargets => "Doelen", "Targets";
    FieldUncertainty => "Bandbreedtes (onzekerheid)", "Ranges (uncertainty)";
    FieldInflowTrend => "Autonome groei instroom per jaar", "Autonomous inflow growth per year";
    FieldInflowSubstitution => "Substitutie van residentiële zorg", "Substitution of residential care";
    FieldAttritionChange => "Verandering uitval pleeggezinnen (behoud)", "Change in foster-family attrition (retention)";
    FieldPopulation => "Bevolking 0–17 jaar", "Population aged 0–17";
    FieldPopulationChildren => "Kinderen 0–17 jaar in de regio", "Children aged 0–17 in the region";
    FieldPopulationTrend => "Verandering aantal kinderen per jaar", "Change in number of children per year";
    FieldStayChange => "Verandering verblijfsduur", "Change in length of stay";
    FieldStayChangeFoster => "Verandering verblijfsduur pleegzorg", "Change in length of stay, foster care";
    FieldStayChangeFamilyHome => "Verandering verblijfsduur gezinshuis", "Change in length of stay, family home";
    FieldStayChangeResidential => "Verandering verblijfsduur residentieel", "Change in length of stay, residential";
    FieldStayChangeOther => "Verandering verblijfsduur overig", "Change in length of stay, other";
    FieldUnder12 => "Kinderen onder 12", "Children under 12";
    FieldUnder12Stock => "Beginstand onder 12", "Starting stock under 12";
    FieldUnder12StockFoster => "Beginstand pleegzorg onder 12", "Starting foster care under 12";
    FieldUnder12StockFamilyHome => "Beginstand gezinshuizen onder 12", "Starting family homes under 12";
    FieldUnder12StockResidential => "Beginstand residentieel onder 12", "Starting residential care under 12";
    FieldUnder12StockOther => "Beginstand overig verblijf onder 12", "Starting other care under 12";
    FieldUnder12Mismatch => "Onder 12 residentieel bij gebrek aan gezinsplek", "Under 12, residential for lack of a family place";
    FieldUnder12Inflow => "Aandeel instroom onder 12", "Share of inflow under 12";
    FieldUnder12ResidentialNeed => "Onder 12: aandeel met residentiële behoefte", "Under 12: share needing residential care";
    FieldUnder12OtherNeed => "Onder 12: aandeel met behoefte aan overig verblijf", "Under 12: share needing other care";
    FieldUnder12Substitution => "Substitutie onder 12 (nee, tenzij)", "Substitution under 12 (no, unless)";
    FieldUnder12Ageing => "Onder 12: aandeel dat per jaar 12 wordt", "Under 12: share turning 12 per year";
    FieldCostPerPreventedPlacement => "Kosten per voorkomen plaatsing", "Cost per prevented placement";
    FieldCostPerSubstitutedChild => "Kosten per gesubstitueerd kind", "Cost per substituted child";
    FieldCostPerRetainedFamily => "Kosten per behouden pleeggezin", "Cost per retained foster family";
    FieldInflowFamilyHomeNeed => "Aandeel met behoefte aan een gezinshuis", "Share needing a family home";
    FieldUnder12FamilyHomeNeed => "Onder 12: aandeel met behoefte aan een gezinshuis", "Under 12: share needing a family home";
    FieldLeadMonths => "Voorbereiding nieuw pleeggezin (maanden tot eerste plaatsing)", "Preparing a new foster family (months to first placement)";
    FieldUnitCostsFrom => "Wie betaalt preventie, vervanging en behoud", "Who pays prevention, substitution and retention";
    NoneWord => "geen", "none";
}

/// The words after a value of a field of `unit` ("gezinnen per jaar", "% per jaar"); `None`
/// where the value says it itself (amounts carry their €, years are plain numbers). An amount
/// per day gives "per dag".
pub fn unit_text(unit: crate::scenario::fields::Unit) -> Option<Text> {
    use crate::scenario::fields::Unit as U;
    Some(match unit {
        U::None | U::Year | U::Years | U::Euro => return None,
        U::Children => Text::UnitChildren,
        U::ChildrenPerYear => Text::UnitChildrenPerYear,
        U::Months => Text::UnitMonths,
        U::Pct => Text::UnitPct,
        U::PctPerYear => Text::UnitPctPerYear,
        U::PctPoints => Text::UnitPctPoints,
        // Short beside a figure in a sentence or badge; in full beside a lever
        // (`input_unit_text`).
        U::PctOfResidentialNeed | U::PctOfStay => Text::UnitPct,
        U::PctPointsOfAttrition => Text::UnitPctPoints,
        U::Families => Text::UnitFamilies,
        U::FamiliesPerYear => Text::UnitFamiliesPerYear,
        U::Homes => Text::UnitHomes,
        U::HomesPerYear => Text::UnitHomesPerYear,
        U::Places => Text::UnitPlaces,
        U::EuroPerDay => Text::UnitPerDay,
    })
}

/// The unit beside a typed number or a lever of this unit, in full ("€ per dag", "% van wie
/// residentiële zorg nodig heeft"); `None` where a field has no unit.
pub fn input_unit_text(unit: crate::scenario::fields::Unit) -> Option<Text> {
    use crate::scenario::fields::Unit as U;
    match unit {
        U::EuroPerDay => Some(Text::UnitEuroPerDay),
        U::Euro => Some(Text::UnitEuro),
        U::PctOfResidentialNeed => Some(Text::UnitPctOfResidentialNeed),
        U::PctOfStay => Some(Text::UnitPctOfStay),
        U::PctPointsOfAttrition => Some(Text::UnitPctPointsAttrition),
        unit => unit_text(unit),
    }
}

/// The name of a goal-seek lever.
pub fn goal_lever_text(lever: crate::analysis::goalseek::GoalLever) -> Text {
    use crate::analysis::goalseek::GoalLever as L;
    match lever {
        L::Recruitment => Text::LeverRecruitment,
        L::NewHomes => Text::LeverNewHomes,
        L::InflowReduction => Text::LeverInflow,
        L::Substitution => Text::LeverSubstitution,
        L::ShorterResidentialStay => Text::LeverShorterResidentialStay,
        L::Retention => Text::LeverRetention,
        L::Under12Substitution => Text::LeverUnder12Substitution,
    }
}

/// The label of a target metric.
pub fn metric_text(metric: Metric) -> Text {
    match metric {
        Metric::FamilySharePct => Text::MetricFamilyShare,
        Metric::ResidentialSharePct => Text::MetricResidentialShare,
        Metric::OtherSharePct => Text::MetricOtherShare,
        Metric::FosterCount => Text::MetricFosterCount,
        Metric::FamilyHomeCount => Text::MetricFamilyHomeCount,
        Metric::ResidentialCount => Text::MetricResidentialCount,
        Metric::OtherCount => Text::MetricOtherCount,
        Metric::TotalCount => Text::MetricTotalCount,
        Metric::MismatchCount => Text::MetricMismatchCount,
        Metric::ResidentialReductionPct => Text::MetricResidentialReduction,
        Metric::InflowChangePct => Text::MetricInflowChange,
        Metric::FosterFamilies => Text::MetricFosterFamilies,
        Metric::CareCost => Text::MetricCareCost,
        Metric::ProgrammeCost => Text::MetricProgrammeCost,
        Metric::BudgetBalanceCumulative => Text::MetricBudgetBalance,
        Metric::FamilyShareUsersPct => Text::MetricFamilyShareUsers,
        Metric::ResidentialShareUsersPct => Text::MetricResidentialShareUsers,
        Metric::OtherShareUsersPct => Text::MetricOtherShareUsers,
        Metric::UsersCount => Text::MetricUsersCount,
        Metric::ResidentialAdmissions => Text::MetricResidentialAdmissions,
        Metric::InflowFamilySharePct => Text::MetricInflowFamilyShare,
        Metric::InflowResidentialSharePct => Text::MetricInflowResidentialShare,
        Metric::PlacementsPer1000 => Text::MetricPlacementsPer1000,
        Metric::FamilyHomes => Text::MetricFamilyHomes,
        Metric::ResidentialCountUnder12 => Text::MetricResidentialCountUnder12,
        Metric::OtherCountUnder12 => Text::MetricOtherCountUnder12,
        Metric::ResidentialAdmissionsUnder12 => Text::MetricResidentialAdmissionsUnder12,
        Metric::ResidentialShortfall => Text::MetricResidentialShortfall,
        Metric::LackOfPlacePlacements => Text::MetricLackOfPlacePlacements,
    }
}

/// The words a choice field takes, as people read them (`programme.unit_costs_from`).
pub fn choice_text(word: &str, lang: crate::i18n::Lang) -> &'static str {
    match word {
        "regular" => Text::ChoiceRegular.get(lang),
        _ => Text::ChoiceFund.get(lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_exists_in_both_languages() {
        for text in Text::ALL {
            assert!(!text.get(Lang::Nl).trim().is_empty(), "{text:?} nl");
            assert!(!text.get(Lang::En).trim().is_empty(), "{text:?} en");
        }
    }

    #[test]
    fn each_text_is_its_own_literal_not_a_neighbour_or_a_piece() {
        // The first, one with a multi-byte letter, and the last two: the cut points are right.
        assert_eq!(
            Text::AppSubtitle.get(Lang::Nl),
            "Scenario’s voor zo thuis mogelijk opgroeien"
        );
        assert_eq!(Text::PresetLabel.get(Lang::En), "Regional plan");
        assert_eq!(Text::Delete.get(Lang::Nl), "Verwijderen");
        assert_eq!(Text::NoneWord.get(Lang::Nl), "geen");
        assert_eq!(Text::NoneWord.get(Lang::En), "none");
        let joined: String = Text::ALL.iter().map(|t| t.get(Lang::En)).collect();
        assert_eq!(joined, EN);
    }

    #[test]
    fn dutch_and_english_differ_where_words_differ() {
        let same: Vec<Text> = Text::ALL
            .iter()
            .copied()
            .filter(|t| t.get(Lang::Nl) == t.get(Lang::En))
            .collect();
        // Units, "Scenario" and "OK" are the same in both languages; nothing else.
        use Text::*;
        let allowed = [UnitPct, UnitEuro, Scenario, Scenario2, OkButton];
        let unexpected: Vec<_> = same.iter().filter(|t| !allowed.contains(t)).collect();
        assert!(unexpected.is_empty(), "{unexpected:?}");
    }

    #[test]
    fn every_metric_has_a_label_of_its_own() {
        // Two metrics under one name would make a target table ambiguous: each label is used
        // by one metric only, in each language.
        for lang in [Lang::Nl, Lang::En] {
            let mut labels: Vec<&str> = Metric::ALL
                .iter()
                .map(|&m| metric_text(m).get(lang))
                .collect();
            assert!(labels.iter().all(|l| !l.trim().is_empty()), "{labels:?}");
            crate::sort::sort(&mut labels);
            let n = labels.len();
            labels.dedup();
            assert_eq!(labels.len(), n, "a label shared by two metrics ({lang:?})");
        }
    }
}

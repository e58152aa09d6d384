// Builds a synthetic StratML Part 2 (ISO) plan of about the size asked for: goals with objectives
// nested by dotted sequence indicators ("3.2.1"), stakeholders with roles, performance indicators
// with target and actual results, and the empty elements forms leave. Deterministic: the same size
// gives the same text. Used by the StratML tests and by `node bench/stratml-import.mjs`.

const WORDS = "open government partnership reform civil society transparency accountability participation budget data commitments action plan citizens local national review".split(" ");

function sentence(seed, length) {
  const words = [];
  for (let i = 0; i < length; i++) words.push(WORDS[(seed * 7 + i * 13) % WORDS.length]);
  return `${words.join(" ")} & <${seed}>`.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function objective(goal, label, seed) {
  return `      <Objective>
        <Name>Objective ${label}: ${sentence(seed, 6)}</Name>
        <Description>${sentence(seed + 1, 40)}</Description>
        <Identifier>_obj-${goal}-${label.replace(/\./g, "-")}</Identifier>
        <SequenceIndicator>${label}</SequenceIndicator>
        <Stakeholder StakeholderTypeType="Organization"><Name>Partner ${seed % 17}</Name><Description>${sentence(seed + 2, 12)}</Description><Role><Name>Implementer</Name><RoleType>Performer</RoleType></Role></Stakeholder>
        <OtherInformation/>
        <PerformanceIndicator ValueChainStage="Output" PerformanceIndicatorType="Quantitative">
          <SequenceIndicator>${label}.i</SequenceIndicator>
          <MeasurementDimension>${sentence(seed + 3, 8)}</MeasurementDimension>
          <UnitOfMeasurement>Countries</UnitOfMeasurement>
          <Identifier>_pi-${goal}-${label.replace(/\./g, "-")}</Identifier>
          <MeasurementInstance>
            <TargetResult><StartDate>2020-01-01</StartDate><EndDate>2020-12-31</EndDate><NumberOfUnits>${seed % 90}</NumberOfUnits><Description>${sentence(seed + 4, 10)}</Description></TargetResult>
            <ActualResult><StartDate>2020-01-01</StartDate><EndDate>2020-12-31</EndDate><NumberOfUnits>${seed % 70}</NumberOfUnits><Description/></ActualResult>
          </MeasurementInstance>
        </PerformanceIndicator>
      </Objective>
`;
}

/** A StratML plan of at least `bytes` bytes (1.5 MB: about 1,100 objectives in 50 goals). */
export function buildStratmlPlan(bytes) {
  const goals = [];
  let size = 0;
  let seed = 1;
  for (let g = 1; size < bytes; g++) {
    let body = `    <Goal>
      <Name>Goal ${g}: ${sentence(seed, 5)}</Name>
      <Description>${sentence(seed + 1, 30)}</Description>
      <Identifier>_goal-${g}</Identifier>
      <SequenceIndicator>${g}</SequenceIndicator>
`;
    for (let o = 1; o <= 8; o++) {
      body += objective(g, `${g}.${o}`, seed++);
      for (let s = 1; s <= 2; s++) body += objective(g, `${g}.${o}.${s}`, seed++);
    }
    body += "    </Goal>\n";
    goals.push(body);
    size += body.length;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<PerformancePlanOrReport xmlns="urn:ISO:std:iso:17469:tech:xsd:PerformancePlanOrReport" Type="Performance_Plan">
  <Name>Synthetic performance plan</Name>
  <Description>A generated plan for measuring import speed.</Description>
  <StrategicPlanCore>
    <Organization><Name>Synthetic Organisation</Name><Acronym>SO</Acronym></Organization>
    <Vision><Description>${sentence(2, 20)}</Description></Vision>
    <Mission><Description>${sentence(3, 20)}</Description></Mission>
${goals.join("")}  </StrategicPlanCore>
  <AdministrativeInformation><Identifier>synthetic-plan</Identifier><StartDate>2020-01-01</StartDate><EndDate>2022-12-31</EndDate></AdministrativeInformation>
</PerformancePlanOrReport>
`;
}

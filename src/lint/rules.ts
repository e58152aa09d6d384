import type { Rule } from "./rule.js";
import advancesNothing from "./rules/advances-nothing.js";
import citationMismatch from "./rules/citation-mismatch.js";
import derivationCycle from "./rules/derivation-cycle.js";
import duplicateId from "./rules/duplicate-id.js";
import invalidFile from "./rules/invalid-file.js";
import labelSequence from "./rules/label-sequence.js";
import missingTitle from "./rules/missing-title.js";
import notAPlan from "./rules/not-a-plan.js";
import actualAfterPeriod from "./rules/actual-after-period.js";
import overdueDeliverable from "./rules/overdue-deliverable.js";
import targetOutsidePeriod from "./rules/target-outside-period.js";
import periodOrder from "./rules/period-order.js";
import periodOutsideStrategy from "./rules/period-outside-strategy.js";
import schema from "./rules/schema.js";
import statusMismatch from "./rules/status-mismatch.js";
import stratml from "./rules/stratml.js";
import uncitedLink from "./rules/uncited-link.js";
import uncoveredGoal from "./rules/uncovered-goal.js";
import unresolvedRef from "./rules/unresolved-ref.js";
import wrongTarget from "./rules/wrong-target.js";
import xmlSyntax from "./rules/xml-syntax.js";
import yamlDuplicateKey from "./rules/yaml-duplicate-key.js";
import yamlSyntax from "./rules/yaml-syntax.js";

/** Every lint rule, in the order their problems are listed for the same place. */
export const RULES: readonly Rule[] = [
  invalidFile, yamlSyntax, yamlDuplicateKey, notAPlan, schema,
  duplicateId, unresolvedRef, wrongTarget, derivationCycle, periodOrder,
  labelSequence, missingTitle, citationMismatch, advancesNothing, uncoveredGoal, statusMismatch, periodOutsideStrategy, uncitedLink,
  xmlSyntax, stratml,
  overdueDeliverable, targetOutsidePeriod, actualAfterPeriod,
];

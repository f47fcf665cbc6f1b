export {
  selfEvaluate,
  indicatorWeights,
  SELF_EVAL_RULES,
  GRADE_BANDS,
  SUBMITTED_TOLERANCE,
  EXPLAIN_RATE_BELOW,
} from "./selfEvaluate";

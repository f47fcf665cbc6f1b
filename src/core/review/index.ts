export { reviewTables, reviewTable, REVIEW_RULES, FUNDS_TOLERANCE, type ReviewRule } from "./review";

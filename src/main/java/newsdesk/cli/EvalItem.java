package newsdesk.cli;

import java.util.List;

/**
 * One question of an eval set.
 *
 * @param expect groups of alternatives: the answer must hold one alternative of every group
 * @param evidence strings one of which some citation must quote
 */
record EvalItem(String id, String question, boolean answerable, List<List<String>> expect, List<String> evidence) {
}

package org.linkage110.web.portal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal's words for the refusals the modules give: a field's refusal by its stable code
 * ({@code problem.<CODE>}, the refusal's values as the key's parameters); the messages that carry
 * no code (a refused move, a platform change, a constraint's own words) by their English pattern,
 * a key of the portal's bundles ({@code problem.*}) and the message's own values. A parameter that
 * is a state or an action is looked up under its prefix so it reads in words too.
 */
final class ProblemTexts {

    /** A known message: its pattern, its key, and per group the bundle prefix of its value (or none). */
    record Rule(Pattern pattern, String key, String... argPrefixes) {
    }

    /** A message recognised: its key and its values, still to be put in the user's words. */
    record Known(String key, List<String> args, String[] argPrefixes) {
    }

    private static final String N = "(\\d[\\d,]*)";

    static final List<Rule> RULES = List.of(
            rule("required", "problem.required"),
            rule("required: (.+)", "problem.requiredElement"),
            rule("required, up to " + N + " characters", "problem.requiredUpTo"),
            rule("at most " + N + " characters", "problem.atMost"),
            rule("at most " + N + " MB", "problem.atMostMb"),
            rule("must be a number", "problem.number"),
            rule("must be true or false", "problem.yesNo"),
            rule("must be one of (.+)", "problem.oneOf"),
            rule("one of (.+)", "problem.oneOf"),
            rule("1, 2 or 3", "problem.tier"),
            rule("between (\\d+) and (\\d+)", "problem.between"),
            rule("not an inquiry element of (.+)", "problem.notElement"),
            rule("unknown category code (.+)", "problem.unknownCategory"),
            rule("no linkage unit (.+)", "problem.noUnit"),
            rule("(.+) is in tier (\\d) already", "problem.inTier"),
            rule("(.+) is named twice", "problem.namedTwice"),
            rule("a shift ends after it starts", "problem.shiftOrder"),
            rule("a shift lasts at most 7 days", "problem.shiftLength"),
            rule("the roster is for now and later; this shift has ended", "problem.shiftEnded"),
            rule("say why the shift is taken off the roster \\(up to " + N + " characters\\)", "problem.shiftWhy"),
            rule("the proposal says suspected police business \\(疑似警务警情\\): say why it is dispatched anyway, "
                    + "or send it back to 110", "problem.policeReason"),
            rule("an order diverted to 12345 goes to its lead unit alone", "problem.leadAlone"),
            rule("joint handling is dispatched at once, not through 12345", "problem.jointAtOnce"),
            rule("a tier-3 unit supports only and never leads \\(003\\)", "problem.tierThreeLeads"),
            rule("a tier-3 unit does no field work to check", "problem.tierThreeDrill"),
            rule("the unit head who signed the request off is required", "problem.headName"),
            rule("the deadline asked for is required", "problem.requestedDue"),
            rule("must be later than the current deadline (.+)", "problem.laterThanDue"),
            rule("an extension request is waiting for the unit head or the office already", "problem.extensionPending"),
            rule("an override of the proposal needs a reason", "problem.overrideReason"),
            rule("a lead unit of the list is required", "problem.leadRequired"),
            rule("a unit that sent this order back is chosen again: say why", "problem.returnedChosen"),
            rule("name the units asked for", "problem.unitsAskedFor"),
            rule("address at least one unit", "problem.atLeastOneUnit"),
            rule("no responsible department is listed", "problem.noDepartment"),
            rule("say why the request is turned down", "problem.whyTurnedDown"),
            rule("say why the request is refused", "problem.whyRefused"),
            rule("say why the order is reopened", "problem.whyReopened"),
            rule("say why this is police business", "problem.whyPolice"),
            rule("say why the table changes", "problem.whyTable"),
            rule("say why this is not a class of problems \\(up to " + N + " characters\\)", "problem.whyNotClass"),
            rule("upper-case letters, digits and _, up to 40", "problem.ruleId"),
            rule("class, level and dispatch mode are required", "problem.decision"),
            rule("the rule's reason is required \\(up to " + N + " characters\\)", "problem.ruleReason"),
            rule("send the rule, with the id of the path, and why", "problem.ruleBody"),
            rule("a period: from a day to a day not before it", "problem.period"),
            rule("say whether the matter was resolved", "problem.resolution"),
            rule("say what the callee said is not resolved", "problem.unresolvedComment"),
            rule("a deadline in the future is required", "problem.futureDue"),
            rule("the answer is required \\(up to " + N + " characters\\)", "problem.answer"),
            rule("(.+) or (.+), with a day of the period", "problem.reportKind"),
            rule("a report is issued once its period has ended \\((.+)\\)", "problem.reportPeriod"),
            rule("say what the drill checks", "problem.drillScenario"),
            rule("a day that has begun", "problem.dayBegun"),
            rule("met or not: (.+)", "problem.metOrNot"),
            rule("not a checklist point", "problem.notChecklist"),
            rule("say what is wrong", "problem.whatIsWrong"),
            rule("say what was put right", "problem.putRight"),
            rule("say what was put right \\(up to " + N + " characters\\)", "problem.putRightUpTo"),
            rule("say what is still missing", "problem.stillMissing"),
            rule("say what is still missing \\(up to " + N + " characters\\)", "problem.stillMissingUpTo"),
            rule("who was on duty is required \\(up to " + N + " characters\\)", "problem.onDuty"),
            rule("a failed check says what the unit must put right", "problem.followUp"),
            rule("a follow-up needs a deadline", "problem.followUpDue"),
            rule("3 to 60 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit",
                    "problem.username"),
            rule("3 to 60 characters: lower-case letters, digits, '_' or '-' \\(no '.'\\)", "problem.clientId"),
            rule("digits, spaces, '\\+', '-', '\\(' or '\\)'", "problem.phone"),
            // moves the current state does not allow
            rule("changed meanwhile: you saw version (\\d+), it is now (\\d+)", "problem.staleVersion"),
            rule("changed by someone else at the same moment; read it again", "problem.changedMeanwhile"),
            rule("(\\w+) is not allowed while the instruction is (\\w+)", "problem.instructionMove", "act.",
                    "instructionStatus."),
            rule("(\\w+) is recorded already for this handling", "problem.alreadyRecorded", "act."),
            rule("(\\w+) is the office's to do", "problem.officeMove", "act."),
            rule("(\\w+) is not allowed while the order is (\\w+)", "problem.orderMove", null, "orderStatus."),
            rule("nothing to return while the order is (\\w+)", "problem.nothingToReturn", "orderStatus."),
            rule("only a co-unit still on the order can be made its lead", "problem.coUnitLeads"),
            rule("only an extension request waiting for its head is signed off", "problem.notAwaitingHead"),
            rule("this request is not waiting for its head's sign-off", "problem.notAwaitingHead"),
            rule("the unit's head has not signed this request off yet", "problem.headNotSigned"),
            rule("this request was decided already: (\\w+)", "problem.decidedAlready"),
            rule("this callback is finished: (\\w+)", "problem.callbackFinished"),
            rule("acknowledged already", "problem.acknowledgedAlready"),
            rule("answered already", "problem.answeredAlready"),
            rule("closed already", "problem.closedAlready"),
            rule("reviewed already", "problem.reviewedAlready"),
            rule("the warning is (\\w+)", "problem.warningState"),
            rule("the report of (.+) to (.+) was issued already", "problem.reportIssued"),
            rule("the sample of (.+) was drawn already", "problem.sampleDrawn"),
            rule("the request is (\\w+)", "problem.requestState"),
            rule("only an answered request is decided; it is (\\w+)", "problem.requestNotAnswered"),
            rule("no follow-up is open for this check", "problem.noFollowUp"),
            rule("the unit has not answered yet", "problem.notAnswered"));

    /** The bundle prefixes of a coded refusal's values that are names to put in words (a source, a state…). */
    private static final java.util.Map<String, String[]> CODE_ARG_PREFIXES = java.util.Map.of(
            org.linkage110.intake.IntakeProblem.NOT_TAKEN_BY_HAND.name(), new String[] {"intake.source."});

    private ProblemTexts() {
    }

    /** The portal's key of a refusal's stable code ({@code problem.<CODE>}). */
    static String keyOf(String code) {
        return "problem." + code;
    }

    /** A refusal a module gave with its code: its key and its values, looked up by the code, not its words. */
    static Optional<Known> ofCode(String code, List<String> args) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.of(new Known(keyOf(code), List.copyOf(args), CODE_ARG_PREFIXES.getOrDefault(code, new String[0])));
    }

    private static Rule rule(String regex, String key, String... argPrefixes) {
        return new Rule(Pattern.compile(regex), key, argPrefixes);
    }

    /** The rule an English message of a module follows, with its values; empty when none is known. */
    static Optional<Known> recognise(String message) {
        if (message == null) {
            return Optional.empty();
        }
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(message.strip());
            if (m.matches()) {
                List<String> args = new java.util.ArrayList<>();
                for (int g = 1; g <= m.groupCount(); g++) {
                    args.add(m.group(g));
                }
                return Optional.of(new Known(rule.key(), args, rule.argPrefixes()));
            }
        }
        return Optional.empty();
    }
}

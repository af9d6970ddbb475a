package org.linkage110.routing.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.linkage110.routing.HandlingRecordView.Kind;
import org.linkage110.routing.InstructionView;
import org.linkage110.routing.StageView;

/** Views of instructions with their stages, the call, and the actions that will succeed now, read in few queries. */
@Stateless
public class HandlingViews {

    @Inject
    OrderBook book;

    public List<InstructionView> views(List<Instruction> instructions) {
        List<Long> ids = instructions.stream().map(Instruction::id).toList();
        Map<Long, List<StageView>> stages = book.stagesOf(ids).stream()
                .collect(Collectors.groupingBy(InstructionStage::instructionId,
                        Collectors.mapping(InstructionStage::toView, Collectors.toList())));
        java.util.Set<Long> extensionOpen = book.recordsOf(ids).stream()
                .filter(r -> r.kind() == Kind.EXTENSION && (r.toView().pending() || r.toView().awaitingSignOff()))
                .map(HandlingRecord::instructionId).collect(Collectors.toSet());
        Map<Long, RoutingOrder> orders = new HashMap<>();
        return instructions.stream().map(i -> {
            RoutingOrder order = orders.computeIfAbsent(i.incidentId(), book::order);
            return i.toView(stages.getOrDefault(i.id(), List.of()), order.task(),
                    ActionGuard.allowed(i, order.handlingClass(), extensionOpen.contains(i.id())));
        }).toList();
    }

    public InstructionView view(Instruction instruction) {
        return views(List.of(instruction)).get(0);
    }
}

package dev.inboundscim.domain.scim.bulk;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The order in which a bulk request's operations run, and what their {@code bulkId} references stand for (RFC 7644
 * §3.7.1, §3.7.2). Operations run in request order, except that one referring to a bulkId whose POST has not run
 * yet waits for it, so a group may list members created further down. An operation whose reference no POST of the
 * request defines, or whose POST failed, cannot be resolved (409 for that operation only). When the operations left
 * all wait on each other in a cycle, the first of them in request order is circular: RFC 7644 §3.7.1 has the server
 * try to resolve the cycle, so the caller creates it without its unresolved references and completes it once the
 * others exist ({@link #created}), or reports it {@link #failed}, and what waits on it becomes unresolvable.
 *
 * <p>Used as a cursor: {@link #next()} gives the next step, and the caller reports each run's outcome with
 * {@link #created} or {@link #failed} before asking again.
 */
public final class BulkPlan {

    /** What to do next with one operation. */
    public sealed interface Step {
        BulkOperation operation();

        /** Every reference the operation makes is resolved: run it with {@link #ids()}. */
        record Run(BulkOperation operation) implements Step {
        }

        /** The operation refers to {@code bulkId}, which no POST of the request creates or whose POST failed. */
        record Unresolvable(BulkOperation operation, String bulkId) implements Step {
        }

        /** The operation waits, through its references, on itself: create it without them to break the cycle. */
        record Circular(BulkOperation operation) implements Step {
        }
    }

    private final List<BulkOperation> pending;
    private final Map<Integer, Set<String>> references = new HashMap<>();
    private final Map<String, BulkOperation> creators = new HashMap<>();
    private final Map<String, String> ids = new HashMap<>();
    private final Set<String> failed = new HashSet<>();

    private BulkPlan(List<BulkOperation> operations) {
        this.pending = new ArrayList<>(operations);
        for (BulkOperation operation : operations) {
            references.put(operation.index(), BulkIds.referencedBy(operation));
            if (operation.bulkId() != null) {
                creators.put(operation.bulkId(), operation);
            }
        }
    }

    public static BulkPlan of(BulkRequest request) {
        return new BulkPlan(request.operations());
    }

    /** The next step, or empty when every operation has had one. */
    public Optional<Step> next() {
        for (BulkOperation operation : pending) {
            Optional<Step> step = stepFor(operation);
            if (step.isPresent()) {
                return Optional.of(take(step.get()));
            }
        }
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        // Every pending operation waits on another pending one: the first on a cycle breaks it; the others then run
        // with its id, or become unresolvable when it fails.
        Optional<BulkOperation> cycle = pending.stream().filter(this::onCycle).findFirst();
        if (cycle.isPresent()) {
            return Optional.of(take(new Step.Circular(cycle.get())));
        }
        // Only when a caller reported neither outcome of a POST: what waits on it cannot be resolved.
        BulkOperation operation = pending.getFirst();
        return Optional.of(take(new Step.Unresolvable(operation, references.get(operation.index()).stream()
                .filter(id -> !ids.containsKey(id)).findFirst().orElseThrow())));
    }

    private Optional<Step> stepFor(BulkOperation operation) {
        boolean ready = true;
        for (String bulkId : references.get(operation.index())) {
            if (!creators.containsKey(bulkId) || failed.contains(bulkId)) {
                return Optional.of(new Step.Unresolvable(operation, bulkId));
            }
            ready &= ids.containsKey(bulkId);
        }
        return ready ? Optional.of(new Step.Run(operation)) : Optional.empty();
    }

    private Step take(Step step) {
        pending.remove(step.operation());
        return step;
    }

    /** Whether {@code start} reaches itself through the POSTs its pending references wait on. */
    private boolean onCycle(BulkOperation start) {
        Deque<BulkOperation> toVisit = new ArrayDeque<>(waitsOn(start));
        Set<Integer> seen = new LinkedHashSet<>();
        while (!toVisit.isEmpty()) {
            BulkOperation operation = toVisit.pop();
            if (operation.index() == start.index()) {
                return true;
            }
            if (seen.add(operation.index())) {
                toVisit.addAll(waitsOn(operation));
            }
        }
        return false;
    }

    private List<BulkOperation> waitsOn(BulkOperation operation) {
        return references.get(operation.index()).stream().filter(id -> !ids.containsKey(id))
                .map(creators::get).filter(pending::contains).toList();
    }

    /** The POST {@code operation} created the resource {@code id}: its bulkId now stands for that id. */
    public void created(BulkOperation operation, String id) {
        if (operation.bulkId() != null) {
            ids.put(operation.bulkId(), id);
        }
    }

    /** {@code operation} failed: what refers to its bulkId can no longer be resolved. */
    public void failed(BulkOperation operation) {
        if (operation.bulkId() != null) {
            failed.add(operation.bulkId());
        }
    }

    /** The ids the bulkIds of the POSTs run so far stand for. */
    public Map<String, String> ids() {
        return Map.copyOf(ids);
    }
}

package se.samordna.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import se.samordna.audit.CurrentActor;
import se.samordna.county.CountyWrites;
import se.samordna.web.Page;
import se.samordna.web.PageParams;
import se.samordna.web.ProblemException;
import se.samordna.web.Sorting;

/**
 * Comments on a county's support requests. A member comments on and reads the requests it filed, and never sees an
 * internal note: the condition is in the query, not applied after loading.
 */
@ApplicationScoped
public class SupportCommentService {

    /** Comments sort by when they were written (the default, oldest first). */
    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt");

    private final SupportRequestRepository requests;
    private final SupportAccess access;
    private final CountyWrites writes;
    private final CurrentActor currentActor;

    SupportCommentService(SupportRequestRepository requests, SupportAccess access, CountyWrites writes,
            CurrentActor currentActor) {
        this.requests = requests;
        this.access = access;
        this.writes = writes;
        this.currentActor = currentActor;
    }

    /** The request's comments that the caller may read, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CommentView> list(String countyCode, UUID requestId, PageParams paging) {
        SupportRequest request = requests.getInCounty(countyCode, requestId);
        return Page.of(SupportComment.<SupportComment>find(
                "countyCode = ?1 and requestId = ?2" + publicOnly(countyCode),
                Sorting.parse(paging.sort, SORTABLE, "createdAt"), countyCode, request.id), paging)
                .map(CommentView::of);
    }

    /** One comment of the request; an internal note is 404 to a member, as if it did not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CommentView get(String countyCode, UUID requestId, UUID commentId) {
        SupportRequest request = requests.getInCounty(countyCode, requestId);
        return SupportComment.<SupportComment>find("countyCode = ?1 and requestId = ?2 and id = ?3" + publicOnly(countyCode),
                countyCode, request.id, commentId)
                .firstResultOptional().map(CommentView::of)
                .orElseThrow(() -> ProblemException.notFound("Comment " + commentId));
    }

    /** Adds a comment; only coordinators write internal notes. */
    @Transactional
    public CommentView create(String countyCode, UUID requestId, CommentWrite write) {
        // share-locked: a delete of the request racing this comment either waits and records its deletion, or came
        // first and leaves a 404 (not a foreign-key failure)
        SupportRequest request = requests.getForShare(countyCode, requestId);
        boolean coordinator = access.isCoordinator(countyCode);
        boolean internal = Boolean.TRUE.equals(write.internal());
        if (internal && !coordinator) {
            throw ProblemException.forbidden("internal", "only coordinators write internal notes");
        }
        SupportComment comment = new SupportComment();
        comment.requestId = request.id;
        comment.text = write.text().strip();
        comment.internal = internal;
        comment.byCoordinator = coordinator;
        comment.authorName = currentActor.get().name();
        return writes.create(SupportComment.RESOURCE_TYPE, countyCode, comment, CommentView::of);
    }

    /**
     * The condition that hides internal notes from everyone but the county's coordinators: from a member, who sees
     * only the requests it filed, and from the county's integration (DESIGN: internal comments are coordinators').
     */
    private String publicOnly(String countyCode) {
        return access.isCoordinator(countyCode) ? "" : " and internal = false";
    }
}

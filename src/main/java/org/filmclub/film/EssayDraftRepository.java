package org.filmclub.film;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EssayDraftRepository extends JpaRepository<EssayDraft, Long> {

    Optional<EssayDraft> findByEssayIdAndMemberId(long essayId, long memberId);

    @Modifying
    @Query("delete from EssayDraft d where d.essayId = :essayId and d.memberId = :memberId")
    void deleteDraft(long essayId, long memberId);
}

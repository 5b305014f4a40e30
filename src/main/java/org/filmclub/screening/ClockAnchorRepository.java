package org.filmclub.screening;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClockAnchorRepository extends JpaRepository<ClockAnchor, Long> {}

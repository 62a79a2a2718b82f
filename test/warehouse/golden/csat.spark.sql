-- Spark SQL, a 7-point CSAT satisfied from 6: back-quoted identifiers; otherwise the ANSI text.
-- Not run on a live engine: checked as text only.
SUM(CASE WHEN `score "a" ``b``` BETWEEN 6 AND 7 AND `score "a" ``b``` = FLOOR(`score "a" ``b```) THEN 1 ELSE 0 END) AS clientele_satisfied,
SUM(CASE WHEN `score "a" ``b``` BETWEEN 1 AND 5 AND `score "a" ``b``` = FLOOR(`score "a" ``b```) THEN 1 ELSE 0 END) AS clientele_unsatisfied,
COUNT(`score "a" ``b```) - SUM(CASE WHEN `score "a" ``b``` BETWEEN 6 AND 7 AND `score "a" ``b``` = FLOOR(`score "a" ``b```) THEN 1 ELSE 0 END) - SUM(CASE WHEN `score "a" ``b``` BETWEEN 1 AND 5 AND `score "a" ``b``` = FLOOR(`score "a" ``b```) THEN 1 ELSE 0 END) AS clientele_invalid,
COUNT(*) - COUNT(`score "a" ``b```) AS clientele_missing

-- Spark SQL: back-quoted identifiers; squares as DECIMAL(38, 0), since a SUM of BIGINT
-- wraps around silently outside ANSI mode, while a DECIMAL sum that overflows gives
-- NULL, which read() refuses.
-- Not run on a live engine: checked as text only.
SUM(CASE WHEN `score "a" ``b``` BETWEEN -2147483647 AND 2147483647 AND `score "a" ``b``` = FLOOR(`score "a" ``b```) THEN 1 ELSE 0 END) AS clientele_total,
SUM(CASE WHEN `score "a" ``b``` BETWEEN -2147483647 AND 2147483647 AND `score "a" ``b``` = FLOOR(`score "a" ``b```) THEN CAST(`score "a" ``b``` AS BIGINT) ELSE 0 END) AS clientele_sum,
SUM(CASE WHEN `score "a" ``b``` BETWEEN -2147483647 AND 2147483647 AND `score "a" ``b``` = FLOOR(`score "a" ``b```) THEN CAST(`score "a" ``b``` AS DECIMAL(38, 0)) * CAST(`score "a" ``b``` AS DECIMAL(38, 0)) ELSE 0 END) AS clientele_squares,
MIN(CASE WHEN `score "a" ``b``` BETWEEN -2147483647 AND 2147483647 AND `score "a" ``b``` = FLOOR(`score "a" ``b```) THEN CAST(`score "a" ``b``` AS BIGINT) END) AS clientele_min,
MAX(CASE WHEN `score "a" ``b``` BETWEEN -2147483647 AND 2147483647 AND `score "a" ``b``` = FLOOR(`score "a" ``b```) THEN CAST(`score "a" ``b``` AS BIGINT) END) AS clientele_max,
COUNT(`score "a" ``b```) - SUM(CASE WHEN `score "a" ``b``` BETWEEN -2147483647 AND 2147483647 AND `score "a" ``b``` = FLOOR(`score "a" ``b```) THEN 1 ELSE 0 END) AS clientele_invalid,
COUNT(*) - COUNT(`score "a" ``b```) AS clientele_missing

-- BigQuery: back-quoted identifiers; values and squares cast to INT64. A SUM of INT64
-- that overflows fails the query (it does not wrap), so an exact answer or an error.
-- Not run on a live engine: checked as text only.
SUM(CASE WHEN `score "a" \`b\`` BETWEEN -2147483647 AND 2147483647 AND `score "a" \`b\`` = FLOOR(`score "a" \`b\``) THEN 1 ELSE 0 END) AS clientele_total,
SUM(CASE WHEN `score "a" \`b\`` BETWEEN -2147483647 AND 2147483647 AND `score "a" \`b\`` = FLOOR(`score "a" \`b\``) THEN CAST(`score "a" \`b\`` AS INT64) ELSE 0 END) AS clientele_sum,
SUM(CASE WHEN `score "a" \`b\`` BETWEEN -2147483647 AND 2147483647 AND `score "a" \`b\`` = FLOOR(`score "a" \`b\``) THEN CAST(`score "a" \`b\`` AS INT64) * CAST(`score "a" \`b\`` AS INT64) ELSE 0 END) AS clientele_squares,
MIN(CASE WHEN `score "a" \`b\`` BETWEEN -2147483647 AND 2147483647 AND `score "a" \`b\`` = FLOOR(`score "a" \`b\``) THEN CAST(`score "a" \`b\`` AS INT64) END) AS clientele_min,
MAX(CASE WHEN `score "a" \`b\`` BETWEEN -2147483647 AND 2147483647 AND `score "a" \`b\`` = FLOOR(`score "a" \`b\``) THEN CAST(`score "a" \`b\`` AS INT64) END) AS clientele_max,
COUNT(`score "a" \`b\``) - SUM(CASE WHEN `score "a" \`b\`` BETWEEN -2147483647 AND 2147483647 AND `score "a" \`b\`` = FLOOR(`score "a" \`b\``) THEN 1 ELSE 0 END) AS clientele_invalid,
COUNT(*) - COUNT(`score "a" \`b\``) AS clientele_missing

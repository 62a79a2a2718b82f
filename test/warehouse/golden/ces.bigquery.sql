-- BigQuery: back-quoted identifiers, and ratings cast to INT64 (BigQuery's name for
-- the 64-bit integer) rather than INTEGER before they are summed.
-- Not run on a live engine: checked as text only.
SUM(CASE WHEN `score "a" \`b\`` BETWEEN 1 AND 7 AND `score "a" \`b\`` = FLOOR(`score "a" \`b\``) THEN 1 ELSE 0 END) AS clientele_total,
SUM(CASE WHEN `score "a" \`b\`` BETWEEN 1 AND 7 THEN CAST(`score "a" \`b\`` AS INT64) ELSE 0 END) AS clientele_sum,
SUM(CASE WHEN `score "a" \`b\`` BETWEEN 1 AND 7 THEN CAST(`score "a" \`b\`` AS INT64) * CAST(`score "a" \`b\`` AS INT64) ELSE 0 END) AS clientele_sumSquares,
COUNT(`score "a" \`b\``) - SUM(CASE WHEN `score "a" \`b\`` BETWEEN 1 AND 7 AND `score "a" \`b\`` = FLOOR(`score "a" \`b\``) THEN 1 ELSE 0 END) AS clientele_invalid,
COUNT(*) - COUNT(`score "a" \`b\``) AS clientele_missing

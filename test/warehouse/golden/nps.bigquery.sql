-- BigQuery: identifiers in back-quotes, which take the escapes of string literals
-- (GoogleSQL lexical structure, quoted identifiers): a back-quote is \`, a backslash \\;
-- a double quote is an ordinary character. Otherwise the ANSI text.
-- Not run on a live engine: checked as text only.
SUM(CASE WHEN `score "a" \`b\`` BETWEEN 9 AND 10 AND `score "a" \`b\`` = FLOOR(`score "a" \`b\``) THEN 1 ELSE 0 END) AS clientele_promoters,
SUM(CASE WHEN `score "a" \`b\`` BETWEEN 7 AND 8 AND `score "a" \`b\`` = FLOOR(`score "a" \`b\``) THEN 1 ELSE 0 END) AS clientele_passives,
SUM(CASE WHEN `score "a" \`b\`` BETWEEN 0 AND 6 AND `score "a" \`b\`` = FLOOR(`score "a" \`b\``) THEN 1 ELSE 0 END) AS clientele_detractors,
COUNT(`score "a" \`b\``) - SUM(CASE WHEN `score "a" \`b\`` BETWEEN 9 AND 10 AND `score "a" \`b\`` = FLOOR(`score "a" \`b\``) THEN 1 ELSE 0 END) - SUM(CASE WHEN `score "a" \`b\`` BETWEEN 7 AND 8 AND `score "a" \`b\`` = FLOOR(`score "a" \`b\``) THEN 1 ELSE 0 END) - SUM(CASE WHEN `score "a" \`b\`` BETWEEN 0 AND 6 AND `score "a" \`b\`` = FLOOR(`score "a" \`b\``) THEN 1 ELSE 0 END) AS clientele_invalid,
COUNT(*) - COUNT(`score "a" \`b\``) AS clientele_missing

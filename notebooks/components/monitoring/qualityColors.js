// The dashboard's colours and names (data-quality-over-time.md): one status palette for every signal.
export const qualityStatusColors = {ok: "#8cc084", warn: "#e6a23c", fail: "#b3261e", no_data: "#c9ccd1"};
export const qualityStatuses = ["ok", "warn", "fail", "no_data"];
export const qualitySignalNames = {contract: "Contract", freshness: "Freshness", nulls: "Null rates", drift: "Drift (PSI)"};
export const incidentColor = "#5b3fd1";

#!/usr/bin/env Rscript
# Writes the R sna parity fixtures of ActorGraphAnalysis's brokerage roles.
#
# For each test graph, one JSON file under Tests/ActorGraphAnalysisTests/Fixtures/brokerage/
# holding the graph (nodes, their groups, the edge list) and sna::brokerage's raw counts
# (raw.nli: w_I, w_O, b_IO, b_OI, b_O, t) and z-scores (z.nli) for every node.
# An undirected graph is given to sna as its symmetric adjacency matrix.
#
# Needs R with sna (Debian: apt-get install -y r-cran-sna). Run from the repository root:
#     Rscript Scripts/generate-brokerage-fixtures.R
suppressPackageStartupMessages(library(sna))

out <- file.path("Tests", "ActorGraphAnalysisTests", "Fixtures", "brokerage")
dir.create(out, recursive = TRUE, showWarnings = FALSE)

number <- function(x) ifelse(is.finite(x), sprintf("%.17g", x), "null")
row <- function(x) paste0("[", paste(number(x), collapse = ", "), "]")
strings <- function(x) paste0("[", paste0("\"", x, "\"", collapse = ", "), "]")

write_fixture <- function(name, description, adjacency, groups, directed) {
  n <- nrow(adjacency)
  if (directed) {
    arcs <- which(adjacency != 0, arr.ind = TRUE)
  } else {
    adjacency <- ((adjacency + t(adjacency)) != 0) * 1
    arcs <- which(adjacency != 0 & upper.tri(adjacency, diag = TRUE), arr.ind = TRUE)
  }
  arcs <- arcs[order(arcs[, 1], arcs[, 2]), , drop = FALSE]
  result <- brokerage(adjacency, groups)
  lines <- c(
    "{",
    sprintf("  \"name\": \"%s\",", name),
    sprintf("  \"description\": \"%s\",", description),
    sprintf("  \"sna\": \"%s\",", as.character(packageVersion("sna"))),
    sprintf("  \"directed\": %s,", if (directed) "true" else "false"),
    sprintf("  \"nodes\": %s,", strings(sprintf("n%d", seq_len(n) - 1))),
    sprintf("  \"groups\": %s,", row(groups)),
    sprintf("  \"edges\": [%s],", paste(apply(arcs - 1, 1, row), collapse = ", ")),
    sprintf("  \"raw\": [%s],", paste(apply(result$raw.nli, 1, row), collapse = ",\n    ")),
    sprintf("  \"z\": [%s]", paste(apply(result$z.nli, 1, row), collapse = ",\n    ")),
    "}")
  writeLines(lines, file.path(out, paste0(name, ".json")))
  cat(sprintf("%s: %d nodes, %d edges\n", name, n, nrow(arcs)))
}

random_graph <- function(n, p, loops = 0) {
  adjacency <- matrix(rbinom(n * n, 1, p), n, n)
  diag(adjacency) <- 0
  if (loops > 0) for (v in sample.int(n, loops)) adjacency[v, v] <- 1
  adjacency
}

set.seed(20010911)
write_fixture("random-directed-3-groups", "Random directed graph, n=20, p=0.2, three groups, two self-loops",
              random_graph(20, 0.2, loops = 2), sample(0:2, 20, replace = TRUE), TRUE)
write_fixture("random-directed-5-groups", "Random directed graph, n=45, p=0.08, five groups of unequal size",
              random_graph(45, 0.08), sample(0:4, 45, replace = TRUE, prob = c(0.4, 0.3, 0.15, 0.1, 0.05)), TRUE)
write_fixture("dense-directed-2-groups", "Dense random directed graph, n=12, p=0.5, two groups",
              random_graph(12, 0.5), sample(0:1, 12, replace = TRUE), TRUE)
write_fixture("random-undirected-3-groups", "Random undirected graph, n=18, p=0.25, three groups",
              random_graph(18, 0.25), sample(0:2, 18, replace = TRUE), FALSE)
write_fixture("one-group", "Random directed graph, n=10, p=0.3, everyone in one group",
              random_graph(10, 0.3), rep(0, 10), TRUE)

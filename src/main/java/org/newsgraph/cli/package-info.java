/**
 * The demo command line: reports on files, directories or standard input, and runs the evaluations and
 * the benchmark. The only place that catches exceptions to turn them into exit statuses.
 */
package org.newsgraph.cli;

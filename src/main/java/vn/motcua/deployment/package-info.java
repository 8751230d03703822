/**
 * How models reach the engine: the release's auto-deployment of {@code processes/} and {@code forms/}
 * under their file names, and an analyst's diagram deployed alone from Camunda Modeler, which gets a
 * copy of each released form it names (see docs/analysts.md).
 */
package vn.motcua.deployment;

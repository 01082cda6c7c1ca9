/**
 * The composition root below the UI: {@code AppContext} opens one data folder and wires every repository and
 * service by constructor; the window and the command line each build one. It has its own package rather than the root
 * of {@code service} because it depends on every feature package: at the root it would sit in the package the
 * features' shared parts came from and tie them all into one cycle. Nothing in {@code service} depends on it except
 * {@code service.demo} and {@code service.bench}, which open contexts of their own (as the command line does).
 */
package cn.warmledger.service.app;

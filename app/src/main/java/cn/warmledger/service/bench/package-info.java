/**
 * The county-scale benchmark of the {@code bench} command ({@code BenchService}, {@code SyntheticCounty}). Like
 * {@code service.demo} it sits above {@code service.app}, opening contexts of its own; its bulk writer comes from
 * {@code AppContext.benchStore()}.
 */
package cn.warmledger.service.bench;

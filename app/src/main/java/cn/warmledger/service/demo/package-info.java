/**
 * The demo data folder a newcomer can try every screen in ({@code DemoDataService}). It sits above
 * {@code service.app}: it opens an AppContext of its own for the demo folder, and AppContext does not know it.
 */
package cn.warmledger.service.demo;

/**
 * 上报 (ui.outbox): the outbox of submissions going upward. {@code OutboxService} makes every change of a
 * submission's state (enqueue, withdraw, retry, and the sending ones: recover, claim, sent, failed, hold);
 * {@code OutboxWorker} only decides when to send and talks to the transport. {@code Transports} builds a transport
 * from the settings, {@code Parcels} what it delivers, {@code ManifestJson} the manifest the county reads back.
 * Repository: {@code OutboxRepository} (the submission table).
 */
package cn.warmledger.service.outbox;

package io.fruition.idea;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where attachments are kept.
 *
 * @param directory the folder of the stored files (default {@code ./data/attachments}, beside the embedded
 *                  database); in a cluster, a folder every node shares
 */
@ConfigurationProperties("fruition.attachments")
public record AttachmentProperties(String directory) {

    public AttachmentProperties {
        directory = directory == null || directory.isBlank() ? "./data/attachments" : directory;
    }
}

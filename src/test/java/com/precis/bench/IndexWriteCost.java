package com.precis.bench;

import com.precis.document.ArticleDocument;
import com.precis.document.Source;
import com.precis.pipeline.ArticleInput;
import com.precis.pipeline.Precis;
import com.precis.store.IndexItems;
import com.precis.store.ItemFitter;
import com.precis.store.ItemMapper;
import com.precis.store.ItemSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What the index costs in DynamoDB write units per article, from item sizes as DynamoDB counts
 * them (1 unit per KB started; 2 in a transaction): before, the summary alone in one conditional
 * PutItem; with the index, the summary and every index item in transactions.
 *
 * <pre>java -cp target/precis.jar:target/test-classes com.precis.bench.IndexWriteCost FILE...</pre>
 */
public final class IndexWriteCost {

    public static void main(String[] args) throws Exception {
        Precis precis = Precis.standard();
        long before = 0;
        long after = 0;
        for (String file : args) {
            byte[] bytes = Files.readAllBytes(Path.of(file));
            String name = Path.of(file).getFileName().toString();
            ArticleDocument doc = ArticleDocument.of("s3://bucket/incoming/" + name,
                    new Source("bucket", "incoming/" + name, null, null, (long) bytes.length, null, null, null),
                    precis.summarize(new ArticleInput(bytes, null, file)), Precis.VERSION, "2026-12-04T00:00:00Z");
            long summary = units(ItemSize.of(ItemMapper.toItem(ItemFitter.fit(doc))));
            List<Map<String, AttributeValue>> items = IndexItems.of(doc, "0");
            long index = 0;
            long indexBytes = 0;
            for (Map<String, AttributeValue> item : items) {
                indexBytes += ItemSize.of(item);
                index += 2 * units(ItemSize.of(item));
            }
            long with = items.isEmpty() ? summary : 2 * summary + index;
            before += summary;
            after += with;
            System.out.printf("%s: %d quotes, %d actors -> %d index items (%,d bytes); write units %d -> %d%n",
                    name, doc.quotes().size(), doc.actors().size(), items.size(), indexBytes, summary, with);
        }
        System.out.printf("all: write units %d -> %d (%.1fx)%n", before, after, (double) after / Math.max(1, before));
    }

    private static long units(long bytes) {
        return (bytes + 1023) / 1024;
    }
}

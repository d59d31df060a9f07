package com.precis.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.precis.store.IndexSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deployed shape, read from template.yaml as CloudFormation will see it: translated offline by
 * the SAM translator, then checked for least privilege, encryption, the trigger and retries.
 */
class TemplateTest {

    static JsonNode resources;

    @BeforeAll
    static void translate() throws IOException, InterruptedException {
        String json = run("python3", "src/test/resources/template/translate.py", "template.yaml");
        resources = new ObjectMapper().readTree(json).get("Resources");
    }

    static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", command) + " failed: " + err).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    static JsonNode ofType(String type) {
        List<JsonNode> found = all(type);
        assertThat(found).as(type).hasSize(1);
        return found.get(0);
    }

    static List<JsonNode> all(String type) {
        List<JsonNode> found = new ArrayList<>();
        resources.forEach(r -> {
            if (r.get("Type").asText().equals(type)) {
                found.add(r);
            }
        });
        return found;
    }

    @Test
    void cfnLintPasses() throws IOException, InterruptedException {
        run("cfn-lint", "template.yaml");
    }

    @Test
    void everyIamStatementNamesItsActionsAndResources() {
        List<JsonNode> statements = new ArrayList<>();
        for (JsonNode role : all("AWS::IAM::Role")) {
            assertThat(role.at("/Properties/ManagedPolicyArns").isMissingNode()
                    || role.at("/Properties/ManagedPolicyArns").isEmpty())
                    .as("managed policies (AWSLambdaBasicExecutionRole allows every log group)").isTrue();
            role.at("/Properties/Policies").forEach(p -> p.at("/PolicyDocument/Statement").forEach(statements::add));
        }
        assertThat(statements).isNotEmpty();
        for (JsonNode s : statements) {
            assertThat(s.get("Effect").asText()).isEqualTo("Allow");
            for (JsonNode action : s.get("Action").isArray() ? s.get("Action") : List.of(s.get("Action"))) {
                assertThat(action.asText()).as("action").doesNotContain("*");
            }
            JsonNode resource = s.get("Resource");
            assertThat(resource.isTextual() && resource.asText().contains("*")).as("resource of " + s).isFalse();
        }
        assertThat(statements.toString()).contains("s3:GetObject").contains("dynamodb:PutItem")
                .contains("sqs:SendMessage").doesNotContain("s3:PutObject").doesNotContain("dynamodb:Scan");
    }

    @Test
    void bucketIsPrivateEncryptedVersionedAndRefusesPlainHttp() {
        JsonNode bucket = ofType("AWS::S3::Bucket").get("Properties");
        assertThat(bucket.at("/BucketName/Fn::Sub").asText()).contains("${AWS::StackName}");
        bucket.get("PublicAccessBlockConfiguration").forEach(flag -> assertThat(flag.asBoolean()).isTrue());
        assertThat(bucket.get("PublicAccessBlockConfiguration")).hasSize(4);
        assertThat(bucket.at("/BucketEncryption/ServerSideEncryptionConfiguration/0/ServerSideEncryptionByDefault/SSEAlgorithm")
                .asText()).isNotEmpty();
        assertThat(bucket.at("/VersioningConfiguration/Status").asText()).isEqualTo("Enabled");
        JsonNode deny = ofType("AWS::S3::BucketPolicy").at("/Properties/PolicyDocument/Statement/0");
        assertThat(deny.get("Effect").asText()).isEqualTo("Deny");
        assertThat(deny.at("/Condition/Bool/aws:SecureTransport").asText()).isEqualTo("false");
    }

    @Test
    void tableIsOnDemandEncryptedAndRecoverable() {
        JsonNode table = ofType("AWS::DynamoDB::Table").get("Properties");
        assertThat(table.get("BillingMode").asText()).isEqualTo("PAY_PER_REQUEST");
        assertThat(table.at("/SSESpecification/SSEEnabled").asBoolean()).isTrue();
        assertThat(table.at("/PointInTimeRecoverySpecification/PointInTimeRecoveryEnabled").asBoolean()).isTrue();
        assertThat(table.at("/KeySchema/0/AttributeName").asText()).isEqualTo("articleId");
    }

    @Test
    void theIndexIsASparseGlobalSecondaryIndexOfTheSummaryTable() {
        JsonNode table = ofType("AWS::DynamoDB::Table").get("Properties");
        JsonNode index = table.at("/GlobalSecondaryIndexes/0");
        assertThat(index.get("IndexName").asText()).isEqualTo(IndexSchema.INDEX_NAME);
        assertThat(index.at("/KeySchema/0/AttributeName").asText()).isEqualTo(IndexSchema.NAME_KEY);
        assertThat(index.at("/KeySchema/0/KeyType").asText()).isEqualTo("HASH");
        assertThat(index.at("/KeySchema/1/AttributeName").asText()).isEqualTo(IndexSchema.DATE_KEY);
        assertThat(index.at("/KeySchema/1/KeyType").asText()).isEqualTo("RANGE");
        List<String> attributes = new ArrayList<>();
        table.get("AttributeDefinitions").forEach(a -> attributes.add(a.get("AttributeName").asText() + ":" + a.get("AttributeType").asText()));
        assertThat(attributes).containsExactlyInAnyOrder("articleId:S", IndexSchema.NAME_KEY + ":S", IndexSchema.DATE_KEY + ":S");
        // the same index the local table, the tests and `query`'s hint create
        assertThat(IndexSchema.globalSecondaryIndex().projection().projectionTypeAsString())
                .isEqualTo(index.at("/Projection/ProjectionType").asText());
    }

    @Test
    void theFunctionGainsOnlyConditionChecksOnTheTableAndNeverReadsTheIndex() {
        List<String> dynamoActions = new ArrayList<>();
        for (JsonNode role : all("AWS::IAM::Role")) {
            role.at("/Properties/Policies").forEach(p -> p.at("/PolicyDocument/Statement").forEach(s -> {
                JsonNode actions = s.get("Action");
                for (JsonNode action : actions.isArray() ? actions : List.of(actions)) {
                    if (action.asText().startsWith("dynamodb:")) {
                        dynamoActions.add(action.asText());
                        assertThat(s.at("/Resource/Fn::GetAtt/0").asText()).as(action.asText()).isEqualTo("SummaryTable");
                    }
                }
            }));
        }
        assertThat(dynamoActions).containsExactlyInAnyOrder("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem",
                "dynamodb:DeleteItem", "dynamodb:ConditionCheckItem");
    }

    @Test
    void readersMayQueryTheIndexAndReadTheTableButWriteNothing() {
        JsonNode policy = ofType("AWS::IAM::ManagedPolicy").at("/Properties/PolicyDocument/Statement");
        List<String> actions = new ArrayList<>();
        for (JsonNode s : policy) {
            JsonNode a = s.get("Action");
            (a.isArray() ? a : List.of(a)).forEach(x -> actions.add(x.asText()));
            if (s.toString().contains("dynamodb:Query")) {
                assertThat(s.at("/Resource/Fn::Sub").asText()).isEqualTo("${SummaryTable.Arn}/index/" + IndexSchema.INDEX_NAME);
            }
        }
        assertThat(actions).containsExactlyInAnyOrder("dynamodb:Query", "dynamodb:GetItem", "dynamodb:Scan");
    }

    @Test
    void deadLetterQueueIsEncrypted() {
        assertThat(ofType("AWS::SQS::Queue").at("/Properties/SqsManagedSseEnabled").asBoolean()).isTrue();
    }

    @Test
    void functionIsJava21OnArmWithSnapStartOnAPublishedAlias() {
        JsonNode fn = ofType("AWS::Lambda::Function").get("Properties");
        assertThat(fn.get("Runtime").asText()).isEqualTo("java21");
        assertThat(fn.get("Architectures").toString()).isEqualTo("[\"arm64\"]");
        assertThat(fn.at("/SnapStart/ApplyOn").asText()).isEqualTo("PublishedVersions");
        assertThat(fn.get("Handler").asText()).isEqualTo("com.precis.lambda.S3EventHandler::handleRequest");
        assertThat(fn.at("/Environment/Variables/TABLE_NAME/Ref").asText()).isEqualTo("SummaryTable");
        assertThat(all("AWS::Lambda::Alias")).hasSize(1);
        assertThat(fn.at("/LoggingConfig/LogFormat").asText()).isEqualTo("JSON");
    }

    @Test
    void triggerIsLimitedToThePrefixAndTargetsTheAlias() {
        JsonNode notifications = ofType("AWS::S3::Bucket").at("/Properties/NotificationConfiguration/LambdaConfigurations");
        List<String> events = new ArrayList<>();
        for (JsonNode notification : notifications) {
            events.add(notification.get("Event").asText());
            assertThat(notification.at("/Filter/S3Key/Rules/0/Name").asText()).isEqualTo("prefix");
            assertThat(notification.at("/Filter/S3Key/Rules/0/Value/Ref").asText()).isEqualTo("TriggerPrefix");
            assertThat(notification.at("/Function/Ref").asText()).endsWith("Aliaslive");
        }
        assertThat(events).containsExactlyInAnyOrder("s3:ObjectCreated:*", "s3:ObjectRemoved:*");
    }

    @Test
    void asyncInvocationsRetryThenDeadLetter() {
        JsonNode config = ofType("AWS::Lambda::EventInvokeConfig").get("Properties");
        assertThat(config.get("MaximumRetryAttempts").asInt()).isEqualTo(2);
        assertThat(config.get("MaximumEventAgeInSeconds").asInt()).isBetween(60, 21600);
        assertThat(config.at("/DestinationConfig/OnFailure/Destination/Fn::GetAtt/0").asText()).isEqualTo("DeadLetterQueue");
    }
}

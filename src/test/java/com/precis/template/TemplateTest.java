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

    static JsonNode translated;
    static JsonNode resources;

    @BeforeAll
    static void translate() throws IOException, InterruptedException {
        String json = run("python3", "src/test/resources/template/translate.py", "template.yaml");
        translated = new ObjectMapper().readTree(json);
        resources = translated.get("Resources");
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
                .contains("sqs:SendMessage").doesNotContain("dynamodb:Scan");
        for (String functionRole : List.of("SummarizerRole", "BackfillRole")) {
            assertThat(resources.get(functionRole).at("/Properties/Policies").toString()).as(functionRole)
                    .doesNotContain("s3:PutObject").doesNotContain("s3:DeleteObject");
        }
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
    void theFunctionsGainOnlyConditionChecksOnTheTableAndNeverReadTheIndex() {
        // Both function roles (the trigger's and the backfill's) write summaries and their index items.
        for (JsonNode role : all("AWS::IAM::Role")) {
            List<String> dynamoActions = new ArrayList<>();
            role.at("/Properties/Policies").forEach(p -> p.at("/PolicyDocument/Statement").forEach(s -> {
                JsonNode actions = s.get("Action");
                for (JsonNode action : actions.isArray() ? actions : List.of(actions)) {
                    if (action.asText().startsWith("dynamodb:")) {
                        dynamoActions.add(action.asText());
                        assertThat(s.at("/Resource/Fn::GetAtt/0").asText()).as(action.asText()).isEqualTo("SummaryTable");
                    }
                }
            }));
            if (!dynamoActions.isEmpty()) {
                assertThat(dynamoActions).containsExactlyInAnyOrder("dynamodb:GetItem", "dynamodb:PutItem",
                        "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:ConditionCheckItem");
            }
        }
        assertThat(all("AWS::IAM::Role")).filteredOn(r -> r.toString().contains("dynamodb:")).hasSize(2);
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
        JsonNode fn = resources.get("SummarizerFunction").get("Properties");
        assertThat(fn.get("Runtime").asText()).isEqualTo("java21");
        assertThat(fn.get("Architectures").toString()).isEqualTo("[\"arm64\"]");
        assertThat(fn.at("/SnapStart/ApplyOn").asText()).isEqualTo("PublishedVersions");
        assertThat(fn.get("Handler").asText()).isEqualTo("com.precis.lambda.S3EventHandler::handleRequest");
        assertThat(fn.at("/Environment/Variables/TABLE_NAME/Ref").asText()).isEqualTo("SummaryTable");
        assertThat(all("AWS::Lambda::Alias")).hasSize(2); // the summarizer's and the backfill function's
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

    static List<JsonNode> statementsOf(String role) {
        List<JsonNode> statements = new ArrayList<>();
        resources.get(role).at("/Properties/Policies").forEach(p -> p.at("/PolicyDocument/Statement").forEach(statements::add));
        return statements;
    }

    static JsonNode statement(String role, String sid) {
        return statementsOf(role).stream().filter(s -> sid.equals(s.path("Sid").asText())).findFirst()
                .orElseThrow(() -> new AssertionError(role + " has no statement " + sid));
    }

    @Test
    void theBackfillFunctionRunsTheSameCodeWithTheBatchHandler() {
        JsonNode fn = resources.get("BackfillFunction").get("Properties");
        JsonNode summarizer = resources.get("SummarizerFunction").get("Properties");
        assertThat(fn.get("Handler").asText()).isEqualTo("com.precis.lambda.S3BatchHandler::handleRequest");
        assertThat(fn.get("Code")).isEqualTo(summarizer.get("Code"));
        assertThat(fn.get("Runtime")).isEqualTo(summarizer.get("Runtime"));
        assertThat(fn.at("/Environment/Variables/TABLE_NAME/Ref").asText()).isEqualTo("SummaryTable");
        assertThat(fn.at("/Role/Fn::GetAtt/0").asText()).isEqualTo("BackfillRole");
        assertThat(statementsOf("BackfillRole").toString()).doesNotContain("sqs:");
    }

    @Test
    void batchOperationsMayReadManifestsInvokeTheBackfillAliasAndWriteReportsOutsideTheTrigger() {
        JsonNode role = resources.get("BatchOperationsRole").get("Properties");
        assertThat(role.at("/AssumeRolePolicyDocument/Statement/0/Principal/Service").asText())
                .isEqualTo("batchoperations.s3.amazonaws.com");
        assertThat(role.at("/AssumeRolePolicyDocument/Statement/0/Condition/StringEquals/aws:SourceAccount")
                .isMissingNode()).isFalse();
        assertThat(statementsOf("BatchOperationsRole")).hasSize(4);
        assertThat(statement("BatchOperationsRole", "InvokeBackfill").at("/Resource/Ref").asText())
                .isEqualTo("BackfillFunctionAliaslive");
        assertThat(statement("BatchOperationsRole", "InvokeBackfill").get("Action").asText()).isEqualTo("lambda:InvokeFunction");
        String manifests = statement("BatchOperationsRole", "ReadManifests").at("/Resource/Fn::Sub").asText();
        String reports = statement("BatchOperationsRole", "WriteReports").at("/Resource/Fn::Sub").asText();
        assertThat(manifests).endsWith("/batch-operations/manifests/*");
        assertThat(reports).endsWith("/batch-operations/reports/*");
        assertThat(statement("BatchOperationsRole", "WriteReports").get("Action").asText()).isEqualTo("s3:PutObject");
        // the trigger fires under TriggerPrefix (default incoming/), never under batch-operations/
        String trigger = resources.get("ArticleBucket")
                .at("/Properties/NotificationConfiguration/LambdaConfigurations/0/Filter/S3Key/Rules/0/Value/Ref").asText();
        assertThat(trigger).isEqualTo("TriggerPrefix");
        assertThat(parameterDefault("TriggerPrefix")).isEqualTo("incoming/");
        assertThat("batch-operations/reports/x".startsWith(parameterDefault("TriggerPrefix"))).isFalse();
    }

    static String parameterDefault(String name) {
        return translated.at("/Parameters/" + name + "/Default").asText();
    }

    @Test
    void alarmsWatchTheDeadLetterQueueAndTheFailureMetricOfBothFunctions() {
        JsonNode dlq = resources.get("DeadLetterQueueAlarm").get("Properties");
        assertThat(dlq.get("Namespace").asText()).isEqualTo("AWS/SQS");
        assertThat(dlq.get("MetricName").asText()).isEqualTo("ApproximateNumberOfMessagesVisible");
        assertThat(dlq.at("/Dimensions/0/Value/Fn::GetAtt/0").asText()).isEqualTo("DeadLetterQueue");
        assertThat(dlq.get("Threshold").asInt()).isZero();
        assertThat(dlq.get("ComparisonOperator").asText()).isEqualTo("GreaterThanThreshold");
        JsonNode failed = resources.get("FailedArticlesAlarm").get("Properties");
        List<String> functions = new ArrayList<>();
        failed.get("Metrics").forEach(m -> {
            if (m.has("MetricStat")) {
                assertThat(m.at("/MetricStat/Metric/Namespace").asText()).isEqualTo("Precis");
                assertThat(m.at("/MetricStat/Metric/MetricName").asText()).isEqualTo("ArticlesFailed");
                assertThat(m.at("/MetricStat/Metric/Dimensions/0/Name").asText()).isEqualTo("FunctionName");
                functions.add(m.at("/MetricStat/Metric/Dimensions/0/Value/Fn::Sub").asText());
            }
        });
        // the dimension values are the functions' names, as the Lambda runtime reports them to the code
        assertThat(functions).containsExactlyInAnyOrder(
                resources.get("SummarizerFunction").at("/Properties/FunctionName/Fn::Sub").asText(),
                resources.get("BackfillFunction").at("/Properties/FunctionName/Fn::Sub").asText());
        for (String alarm : List.of("DeadLetterQueueAlarm", "FailedArticlesAlarm")) {
            assertThat(resources.get(alarm).at("/Properties/AlarmActions/0/Ref").asText()).isEqualTo("AlarmTopic");
        }
    }
}

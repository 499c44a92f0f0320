using System.Net;
using JsonApiCards.JsonApi.Definitions;
using JsonApiCards.JsonApi.Errors;
using JsonApiCards.JsonApi.Resources;
using JsonApiCards.JsonApi.Resources.Annotations;
using JsonApiCards.JsonApi.Services;
using JsonApiCards.JsonApi.Tests.TestModel;

namespace JsonApiCards.JsonApi.Tests.Services;

public sealed class RelationshipChangeRulesTests
{
    [Theory]
    [InlineData("cards", "owner", WriteOperation.SetRelationship)]
    [InlineData("customers", "orders", WriteOperation.SetRelationship)]
    [InlineData("customers", "orders", WriteOperation.AddToRelationship)]
    [InlineData("customers", "orders", WriteOperation.RemoveFromRelationship)]
    [InlineData("customers", "audit_events", WriteOperation.AddToRelationship)]
    public void Allowed_changes_pass(string type, string relationship, WriteOperation operation)
    {
        var check = () => RelationshipChangeRules.EnsureAllowed(TestGraph.Graph.FindResourceType(type)!.FindRelationship(relationship)!, operation);

        check.Should().NotThrow();
    }

    [Theory]
    [InlineData("cards", "owner", WriteOperation.AddToRelationship,
        "'owner' of cards is a to-one relationship: set or clear it with PATCH. Members are added with POST and removed with DELETE only in to-many relationships.")]
    [InlineData("cards", "owner", WriteOperation.RemoveFromRelationship,
        "'owner' of cards is a to-one relationship: set or clear it with PATCH. Members are added with POST and removed with DELETE only in to-many relationships.")]
    [InlineData("customers", "audit_events", WriteOperation.SetRelationship,
        "Replacing every member of 'audit_events' of customers is not allowed. You may add members with POST.")]
    [InlineData("customers", "audit_events", WriteOperation.RemoveFromRelationship,
        "Removing members from 'audit_events' of customers is not allowed. You may add members with POST.")]
    public void Unsupported_changes_are_a_403_that_says_what_is_allowed(string type, string relationship, WriteOperation operation, string detail)
    {
        var check = () => RelationshipChangeRules.EnsureAllowed(TestGraph.Graph.FindResourceType(type)!.FindRelationship(relationship)!, operation);

        check.Should().Throw<JsonApiException>().Which.Errors.Should().Equal(
            new ErrorObject(HttpStatusCode.Forbidden, "RELATIONSHIP_CHANGE_FORBIDDEN", "The relationship cannot be changed this way.", detail));
    }

    [Theory]
    [InlineData("frozen", "Adding members to 'frozen' of shelves is not allowed. Its members cannot be changed.")]
    [InlineData("curated", "Adding members to 'curated' of shelves is not allowed. You may replace every member with PATCH or remove members with DELETE.")]
    public void The_403_names_every_change_the_relationship_accepts_or_that_it_accepts_none(string relationship, string detail)
    {
        ResourceGraph graph = new ResourceGraphBuilder().Add<Shelf>().Build();

        var check = () => RelationshipChangeRules.EnsureAllowed(graph.GetResourceType<Shelf>().FindRelationship(relationship)!, WriteOperation.AddToRelationship);

        check.Should().Throw<JsonApiException>().Which.Errors.Should().ContainSingle().Which.Detail.Should().Be(detail);
    }

    [Theory]
    [InlineData(WriteOperation.Create)]
    [InlineData(WriteOperation.Update)]
    public void A_resource_write_is_not_a_relationship_change(WriteOperation operation)
    {
        var check = () => RelationshipChangeRules.EnsureAllowed(TestGraph.Customers.FindRelationship("orders")!, operation);

        check.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Resource("shelves")]
    private sealed class Shelf : IIdentifiable
    {
        public long Id { get; set; }

        [HasMany(Capabilities = HasManyCapabilities.None)]
        public List<Shelf> Frozen { get; set; } = [];

        [HasMany(Capabilities = HasManyCapabilities.AllowSet | HasManyCapabilities.AllowRemove)]
        public List<Shelf> Curated { get; set; } = [];
    }
}

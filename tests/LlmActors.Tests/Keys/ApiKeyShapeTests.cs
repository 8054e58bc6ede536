using LlmActors.Keys;

namespace LlmActors.Tests.Keys;

public sealed class ApiKeyShapeTests
{
    [Fact]
    public void Every_generated_key_is_well_formed_and_yields_its_prefix()
    {
        for (var i = 0; i < 1000; i++)
        {
            var (key, prefix) = ApiKeys.Generate();
            Assert.Equal(prefix, ApiKeys.PrefixOf(key));
        }
    }

    [Theory]
    [InlineData("llma_abcdefghijkm_")]
    [InlineData("llma_abcdefghijkm_x")]
    [InlineData("llma_abcdefghijkm_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("llma_abcdefghijkm_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("llma_abcdefghijkm_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+")]
    [InlineData("llma_abcdefghijkm_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("llma_abcdefghijkm_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n")]
    [InlineData("llma_abcdefghijkm-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("llma_abcdefghijkl_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("LLMA_abcdefghijkm_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void A_key_of_any_other_shape_has_no_prefix(string key) => Assert.Null(ApiKeys.PrefixOf(key));

    [Fact]
    public void The_whole_base64url_alphabet_is_allowed_in_the_secret() =>
        Assert.Equal("llma_abcdefghijkm", ApiKeys.PrefixOf("llma_abcdefghijkm_AZaz09-_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
}
